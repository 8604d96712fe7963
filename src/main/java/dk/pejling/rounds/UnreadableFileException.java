package dk.pejling.rounds;

/** An uploaded file that cannot be read as a results sheet at all; the message says why, in Danish. */
class UnreadableFileException extends RuntimeException {

    UnreadableFileException(String message) {
        super(message);
    }
}
