/** Values every feature speaks in: periods, and Danish formatting of numbers, amounts and dates. */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dk.pejling.shared;
