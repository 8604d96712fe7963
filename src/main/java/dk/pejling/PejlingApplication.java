package dk.pejling;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PejlingApplication {
    public static void main(String[] args) {
        SpringApplication.run(PejlingApplication.class, args);
    }
}
