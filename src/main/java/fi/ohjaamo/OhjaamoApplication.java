package fi.ohjaamo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class OhjaamoApplication {

	public static void main(String[] args) {
		SpringApplication.run(OhjaamoApplication.class, args);
	}

}
