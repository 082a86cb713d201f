package fi.ohjaamo.registers.views;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** A GET of an address as a browser's form sends it ("?q=windows+2012"), with its query decoded as a server does. */
final class Queries {

	private Queries() {
	}

	static MockHttpServletRequestBuilder get(String address) {
		int mark = address.indexOf('?');
		var request = MockMvcRequestBuilders.get(mark < 0 ? address : address.substring(0, mark));
		if (mark >= 0) {
			for (String pair : address.substring(mark + 1).split("&")) {
				String[] parts = pair.split("=", 2);
				request.param(decode(parts[0]), parts.length > 1 ? decode(parts[1]) : "");
			}
		}
		return request;
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

}
