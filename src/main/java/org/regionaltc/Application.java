package org.regionaltc;

import org.regionaltc.cli.CommandLineInterface;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {

    public static void main(String[] args) {
        if (CommandLineInterface.isCommand(args)) {
            System.exit(CommandLineInterface.run(Application.class, args));
        }
        SpringApplication.run(Application.class, args);
    }
}
