package fi.ohjaamo.demo;

import java.time.LocalDate;
import java.util.List;

import fi.ohjaamo.registers.Criticality;
import fi.ohjaamo.registers.Hosting;
import fi.ohjaamo.registers.Phase;
import org.jspecify.annotations.Nullable;

import static fi.ohjaamo.registers.Criticality.CRITICAL;
import static fi.ohjaamo.registers.Criticality.HIGH;
import static fi.ohjaamo.registers.Criticality.LOW;
import static fi.ohjaamo.registers.Criticality.MEDIUM;
import static fi.ohjaamo.registers.Hosting.CLOUD;
import static fi.ohjaamo.registers.Hosting.OWN_DATA_CENTRE;
import static fi.ohjaamo.registers.Hosting.REGIONAL_PROVIDER;
import static fi.ohjaamo.registers.Hosting.SAAS;

/**
 * The demo municipality's application list, laid out as a town's IT strategy lists its applications (function,
 * system, vendor) and filled in as a register would be. Server platforms carry their makers' real end-of-support
 * dates; the support of the fictional products is set relative to today, so that the alerts stay current.
 */
final class DemoSystemList {

	static final LocalDate SERVER_2008 = LocalDate.of(2020, 1, 14);

	static final LocalDate SERVER_2012 = LocalDate.of(2023, 10, 10);

	static final LocalDate SERVER_2016 = LocalDate.of(2027, 1, 12);

	static final LocalDate SERVER_2019 = LocalDate.of(2029, 1, 9);

	static final LocalDate SQL_2016 = LocalDate.of(2026, 7, 14);

	static final String PRINT_SERVER = "Tulostuksen hallintapalvelin";

	/** One system of the list; a blank unit or main user is one the register has not named yet. */
	record Row(String name, String purpose, String unit, String mainUser, String vendor, @Nullable Integer users,
			Criticality criticality, Hosting hosting, boolean personalData, boolean confidential, boolean logged,
			LocalDate since, String platform, @Nullable LocalDate platformEnds, @Nullable LocalDate productEnds,
			Phase phase) {
	}

	private DemoSystemList() {
	}

	static List<Row> rows(LocalDate today) {
		var soon = today.plusMonths(5).withDayOfMonth(1);
		return List.of(
				row("Kuntadiaari", "Asianhallinta, diaari ja asiakirjojen käsittely", "Kaupunginkanslia",
						"Hallintosihteeri Maija Kallio", "Dokumentti Oy", 420, HIGH, OWN_DATA_CENTRE, true, true, true,
						"2012-03-01", "Windows Server 2012 R2", SERVER_2012, today.plusYears(1).withDayOfYear(1), Phase.PHASING_OUT),
				row("Kokousnetti", "Sähköinen kokoushallinta ja pöytäkirjojen julkaisu", "Kaupunginkanslia",
						"Hallintosihteeri Maija Kallio", "Dokumentti Oy", 120, MEDIUM, SAAS, true, false, true,
						"2018-01-15", "", null, null, Phase.IN_USE),
				row("Asukasportti", "Asukkaiden sähköinen asiointi ja lomakkeet", "Kaupunginkanslia",
						"Digikehittäjä Oona Lehtinen", "Verkkotalo Oy", 9000, HIGH, SAAS, true, false, true,
						"2020-09-01", "", null, null, Phase.IN_USE),
				row("Verkkosivujen julkaisujärjestelmä", "Kaupungin verkkosivut", "Kaupunginkanslia",
						"Viestintäsuunnittelija Laura Heino", "Verkkotalo Oy", 40, MEDIUM, SAAS, false, false, false,
						"2019-05-01", "", null, null, Phase.IN_USE),
				row("Intranet Kantri", "Henkilöstön sisäinen tiedotus", "Kaupunginkanslia",
						"Viestintäsuunnittelija Laura Heino", "Verkkotalo Oy", 2000, LOW, OWN_DATA_CENTRE, false, false, false,
						"2011-02-01", "Windows Server 2012 R2", SERVER_2012, null, Phase.PHASING_OUT),
				row("Tarjouskamu", "Kilpailutukset ja hankintailmoitukset", "Kaupunginkanslia",
						"Hankinta-asiantuntija Petri Mäki", "Hankintapalvelu Oy", 35, MEDIUM, SAAS, false, true, true,
						"2021-03-01", "", null, null, Phase.IN_USE),
				row("Sähköinen arkisto", "Asiakirjojen pitkäaikaissäilytys", "Kaupunginkanslia",
						"Arkistosihteeri Helena Koivisto", "Dokumentti Oy", null, HIGH, SAAS, true, true, true,
						"2027-01-01", "", null, null, Phase.PLANNED),
				row("Kuntatalous Pro", "Kirjanpito, talousarvio ja maksuliikenne", "Talous- ja henkilöstöpalvelut",
						"Talouspäällikkö Jari Nieminen", "Numerus Oy", 150, CRITICAL, SAAS, false, false, true,
						"2016-01-01", "", null, null, Phase.IN_USE),
				row("Laskuvirta", "Ostolaskujen sähköinen kierrätys ja hyväksyntä", "Talous- ja henkilöstöpalvelut",
						"Talouspäällikkö Jari Nieminen", "Numerus Oy", 380, HIGH, SAAS, false, false, true,
						"2014-06-01", "", null, null, Phase.IN_USE),
				row("Raporttikamari", "Talousraportointi ja talousarvion seuranta", "Talous- ja henkilöstöpalvelut",
						"Controller Sari Aalto", "Numerus Oy", 60, MEDIUM, SAAS, false, false, false,
						"2017-01-01", "", null, null, Phase.IN_USE),
				row("Raportointikanta", "Tietovarasto ja johdon raportit", "Talous- ja henkilöstöpalvelut",
						"Controller Sari Aalto", "Tietoverkko Nord Oy", 45, MEDIUM, OWN_DATA_CENTRE, true, false, true,
						"2015-09-01", "SQL Server 2016", SQL_2016, null, Phase.PHASING_OUT),
				row("Palkka-Aava", "Palkanlaskenta", "Talous- ja henkilöstöpalvelut",
						"Palkkasihteeri Tuula Rantanen", "Palkka-Aava Oy", 25, CRITICAL, REGIONAL_PROVIDER, true, true, true,
						"2013-01-01", "", null, null, Phase.IN_USE),
				row("HR-Kaari", "Henkilöstöhallinto, rekrytointi ja osaamisen hallinta", "Talous- ja henkilöstöpalvelut",
						"HR-asiantuntija Niina Salo", "Palkka-Aava Oy", 90, HIGH, SAAS, true, true, true,
						"2019-01-01", "", null, null, Phase.IN_USE),
				row("Flexi-Aika", "Työajanseuranta ja mobiilikirjaus", "Talous- ja henkilöstöpalvelut",
						"HR-asiantuntija Niina Salo", "Aikaleima Oy", 1400, MEDIUM, OWN_DATA_CENTRE, true, false, true,
						"2014-03-01", "Windows Server 2016", SERVER_2016, soon, Phase.PHASING_OUT),
				row("Persona 2000", "Vanha henkilöstöhallinnon järjestelmä, vain luettavissa", "Talous- ja henkilöstöpalvelut",
						"HR-asiantuntija Niina Salo", "Palkka-Aava Oy", 0, LOW, OWN_DATA_CENTRE, true, true, false,
						"2001-01-01", "Windows Server 2008", SERVER_2008, LocalDate.of(2018, 12, 31), Phase.RETIRED),
				row("Microsoft 365", "Sähköposti, kalenteri, Teams ja toimisto-ohjelmat", "Tietohallinto",
						"Järjestelmäasiantuntija Mikko Laine", "Microsoft Oy", 2100, CRITICAL, CLOUD, true, true, true,
						"2019-10-01", "", null, null, Phase.IN_USE),
				row("Käyttäjähakemisto", "Käyttäjätunnukset ja kirjautuminen (Active Directory)", "Tietohallinto",
						"Järjestelmäasiantuntija Mikko Laine", "Microsoft Oy", 2100, CRITICAL, OWN_DATA_CENTRE, true, false, true,
						"2008-05-01", "Windows Server 2016", SERVER_2016, null, Phase.IN_USE),
				row("Tukipiste", "Palvelupyyntöjen ja laitteiden hallinta", "Tietohallinto",
						"Palvelupäällikkö Anne Virtanen", "Tukipiste Oy", 2000, HIGH, SAAS, true, false, true,
						"2017-08-01", "", null, null, Phase.IN_USE),
				row("Varmistuspalvelu", "Palvelinten ja tietokantojen varmuuskopiointi", "Tietohallinto",
						"Järjestelmäasiantuntija Mikko Laine", "Tietoverkko Nord Oy", 4, CRITICAL, OWN_DATA_CENTRE, true, true, true,
						"2020-02-01", "Windows Server 2019", SERVER_2019, null, Phase.IN_USE),
				row(PRINT_SERVER, "Tulostusjonot ja monitoimilaitteiden hallinta", "Tietohallinto",
						"Järjestelmäasiantuntija Mikko Laine", "Tietoverkko Nord Oy", 2000, MEDIUM, OWN_DATA_CENTRE, false, false, false,
						"2013-11-01", "Windows Server 2012 R2", SERVER_2012, null, Phase.IN_USE),
				row("Verkonhallinta", "Kytkinten ja langattomien tukiasemien hallinta", "Tietohallinto",
						"Verkkoasiantuntija Janne Heikkinen", "Tietoverkko Nord Oy", 3, HIGH, OWN_DATA_CENTRE, false, false, true,
						"2014-04-01", "Windows Server 2012 R2", SERVER_2012, null, Phase.IN_USE),
				row("Puheluohjaus", "Vaihde, puheluohjaus ja matkapuhelinliittymien hallinta", "Tietohallinto",
						"Palvelupäällikkö Anne Virtanen", "Puhelu Oy", 1300, HIGH, SAAS, true, false, true,
						"2018-09-01", "", null, null, Phase.IN_USE),
				row("Kuntaväylä", "Integraatioalusta järjestelmien välisille tiedonsiirroille", "Tietohallinto",
						"Integraatioarkkitehti Tero Koskinen", "Kuntien Tiera Oy", 5, CRITICAL, CLOUD, true, true, true,
						"2022-01-01", "", null, null, Phase.IN_USE),
				row("Tietoturvan valvontapalvelu", "Poikkeamien havainnointi ja hälytykset", "Tietohallinto",
						"Tietoturva-asiantuntija Riikka Halonen", "Kyberturva Oy", 4, CRITICAL, SAAS, true, true, true,
						"2026-09-01", "", null, null, Phase.DEPLOYING),
				row("Päiväkoti-Pro", "Varhaiskasvatuksen hakemukset, sijoitukset ja laskutus", "Varhaiskasvatus",
						"Varhaiskasvatuksen palvelusihteeri Eeva Jokinen", "Sivistystieto Oy", 260, HIGH, OWN_DATA_CENTRE, true, true, true,
						"2010-08-01", "Windows Server 2016", SERVER_2016, today.plusMonths(20).withDayOfMonth(1), Phase.PHASING_OUT),
				row("Koulunet", "Oppilashallinto, arviointi ja lukujärjestykset", "Perusopetus",
						"Koulusihteeri Kirsi Lindholm", "Oppiva Oy", 5200, HIGH, SAAS, true, true, true,
						"2009-08-01", "", null, null, Phase.IN_USE),
				row("Koulunet Viesti", "Huoltajien ja koulun välinen viestintä", "Perusopetus",
						"Koulusihteeri Kirsi Lindholm", "Oppiva Oy", 7800, MEDIUM, SAAS, true, true, true,
						"2012-08-01", "", null, null, Phase.IN_USE),
				row("Opinpolku", "Oppimisympäristö ja tehtävät", "Perusopetus",
						"Opetusteknologiakoordinaattori Ville Huttunen", "Microsoft Oy", 4800, MEDIUM, CLOUD, true, false, false,
						"2020-03-16", "", null, null, Phase.IN_USE),
				row("Lainaamo", "Kirjaston lainaus, varaukset ja aineistotietokanta", "Kulttuuri- ja vapaa-aikapalvelut",
						"Kirjastonhoitaja Tiina Rautio", "Kirjastopalvelu Oy", 30, MEDIUM, OWN_DATA_CENTRE, true, false, true,
						"2011-05-01", "Windows Server 2012 R2", SERVER_2012, null, Phase.PHASING_OUT),
				row("Tilakone", "Tilojen ja liikuntavuorojen varaus", "Kulttuuri- ja vapaa-aikapalvelut",
						"", "Verkkotalo Oy", 60, LOW, SAAS, true, false, false,
						"2021-01-01", "", null, null, Phase.IN_USE),
				row("Kiinteistödata", "Kiinteistöjen ylläpito, kunnossapito ja energiaseuranta", "Kiinteistöpalvelut",
						"Kiinteistöinsinööri Harri Mattila", "Kiinteistödata Oy", 70, MEDIUM, SAAS, false, false, false,
						"2018-04-01", "", null, null, Phase.IN_USE),
				row("Kulunvalvonta", "Koulujen ja liikuntapaikkojen kulkuoikeudet", "",
						"", "Turvatekniikka Oy", 15, HIGH, OWN_DATA_CENTRE, true, true, true,
						"2015-01-01", "Windows Server 2016", SERVER_2016, null, Phase.IN_USE),
				row("Kiinteistövalvomo", "Kiinteistöautomaation valvonta ja hälytykset", "Kiinteistöpalvelut",
						"Kiinteistöinsinööri Harri Mattila", "Turvatekniikka Oy", 12, HIGH, OWN_DATA_CENTRE, false, false, true,
						"2020-06-01", "Windows Server 2019", SERVER_2019, null, Phase.IN_USE),
				row("Ateria", "Ruokapalvelujen tuotannonohjaus ja ruokalistat", "Kiinteistöpalvelut",
						"Ruokapalvelupäällikkö Sini Karjalainen", "Ateriatieto Oy", 55, MEDIUM, SAAS, true, false, false,
						"2019-08-01", "", null, null, Phase.IN_USE),
				row("Kartta ja Kaava", "Paikkatieto, kantakartta ja kaavoitus", "Maankäyttö ja rakennusvalvonta",
						"Paikkatietoinsinööri Antti Kettunen", "Kartta ja Kaava Oy", 85, HIGH, REGIONAL_PROVIDER, true, false, true,
						"2005-01-01", "Red Hat Enterprise Linux 8", LocalDate.of(2029, 5, 31), null, Phase.IN_USE),
				row("Lupakanava", "Rakennuslupien sähköinen käsittely", "Maankäyttö ja rakennusvalvonta",
						"Rakennustarkastaja Mervi Hiltunen", "Kartta ja Kaava Oy", 25, HIGH, SAAS, true, false, true,
						"2017-02-01", "", null, null, Phase.IN_USE),
				row("Palautekartta", "Asukkaiden palautteet kadunpidosta kartalla", "Kuntatekniikka",
						"Kunnossapitoinsinööri Lauri Peltonen", "Verkkotalo Oy", 20, LOW, SAAS, true, false, false,
						"2023-04-01", "", null, null, Phase.IN_USE),
				row("Valvontakirja", "Ympäristövalvonnan tarkastukset ja päätökset", "Ympäristöpalvelut",
						"Ympäristötarkastaja Johanna Lund", "Ympäristötieto Oy", 18, MEDIUM, OWN_DATA_CENTRE, true, false, true,
						"2012-01-01", "SQL Server 2016", SQL_2016, null, Phase.IN_USE),
				row("Työkanava", "Työllisyyspalvelujen asiakkuudet ja palveluohjaus", "Työllisyyspalvelut",
						"Palveluohjaaja Marko Väisänen", "Sivistystieto Oy", 40, HIGH, SAAS, true, true, true,
						"2019-03-01", "", null, null, Phase.IN_USE),
				row("Yrityskamari", "Yrityspalvelujen asiakkuudenhallinta", "Elinkeinopalvelut",
						"", "Verkkotalo Oy", 12, LOW, SAAS, false, false, false,
						"2022-05-01", "", null, null, Phase.IN_USE));
	}

	private static Row row(String name, String purpose, String unit, String mainUser, String vendor,
			@Nullable Integer users, Criticality criticality, Hosting hosting, boolean personal, boolean confidential,
			boolean logged, String since, String platform, @Nullable LocalDate platformEnds,
			@Nullable LocalDate productEnds, Phase phase) {
		return new Row(name, purpose, unit, mainUser, vendor, users, criticality, hosting, personal, confidential,
				logged, LocalDate.parse(since), platform, platformEnds, productEnds, phase);
	}

}
