package fi.ohjaamo.publication.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public page that explains the open data to anyone who reuses it, without signing in and in the reader's
 * language: what is published and what never is, the licence, the addresses, every field of the JSON and the CSV,
 * and the codes.
 */
@Controller
class DataDescriptionController {

	@GetMapping("/open-data")
	String description(Model model) {
		model.addAttribute("structures", OpenDataFields.STRUCTURES);
		model.addAttribute("codes", OpenDataFields.CODES);
		model.addAttribute("addresses", OpenDataFields.ADDRESSES);
		model.addAttribute("licenceName", OpenLicence.NAME);
		model.addAttribute("licenceUrl", OpenLicence.URL);
		return "publication/data-description";
	}

}
