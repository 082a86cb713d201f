package fi.ohjaamo.demo;

import java.util.List;

import fi.ohjaamo.organisation.Role;
import org.jspecify.annotations.Nullable;

/**
 * What the generated city is made of: its service areas with their units and the systems their projects
 * concern, its strategic goals and the people who write the cards.
 */
final class DatasetPlan {

	static final String ORGANISATION = "Suurkaupunki (testiaineisto)";

	static final String USERNAME = "bench";

	/** The service area that owns the infrastructure projects, and its IT unit. */
	static final String CENTRAL_SERVICES = "Konsernipalvelut";

	static final String IT_UNIT = "Tietohallinto";

	/** A system or service a project concerns, with its genitive for titles such as "X:n uusiminen". */
	record Subject(String name, String genitive) {

		static Subject of(String name) {
			return new Subject(name, name + "n");
		}

	}

	record AreaPlan(String name, List<String> units, List<Subject> subjects) {
	}

	record PersonPlan(String displayName, String username, Role role, @Nullable String serviceArea) {
	}

	static final List<AreaPlan> AREAS = List.of(
			new AreaPlan(CENTRAL_SERVICES,
					List.of("Kaupunginkanslia", "Talouspalvelut", "Henkilöstöpalvelut", IT_UNIT, "Viestintä",
							"Hankintapalvelut"),
					List.of(Subject.of("taloushallinnon järjestelmä"), Subject.of("palkanlaskentajärjestelmä"),
							Subject.of("henkilöstöhallinnon järjestelmä"), Subject.of("rekrytointijärjestelmä"),
							Subject.of("sopimushallintajärjestelmä"), Subject.of("hankintajärjestelmä"),
							Subject.of("verkkosivusto"), Subject.of("työajanseurantajärjestelmä"),
							Subject.of("budjetointijärjestelmä"), new Subject("intranet", "intranetin"))),
			new AreaPlan("Kasvatus ja koulutus",
					List.of("Varhaiskasvatus", "Perusopetus", "Lukiokoulutus", "Ammatillinen koulutus",
							"Oppilashuolto"),
					List.of(Subject.of("varhaiskasvatuksen asiakastietojärjestelmä"),
							Subject.of("oppilashallintojärjestelmä"),
							new Subject("digitaalinen oppimisympäristö", "digitaalisen oppimisympäristön"),
							Subject.of("oppilaskuljetusten suunnittelujärjestelmä"),
							new Subject("koulujen laitehallinta", "koulujen laitehallinnan"),
							new Subject("sähköinen ilmoittautumispalvelu", "sähköisen ilmoittautumispalvelun"),
							Subject.of("kouluruokailun tilausjärjestelmä"))),
			new AreaPlan("Kulttuuri ja vapaa-aika",
					List.of("Kirjastopalvelut", "Liikuntapalvelut", "Nuorisopalvelut", "Museopalvelut",
							"Kulttuurikeskus"),
					List.of(Subject.of("kirjastojärjestelmä"), Subject.of("liikuntapaikkojen varausjärjestelmä"),
							Subject.of("lipunmyyntijärjestelmä"), Subject.of("museokokoelmien hallintajärjestelmä"),
							Subject.of("harrastushakupalvelu"),
							new Subject("nuorisotilojen kävijäseuranta", "nuorisotilojen kävijäseurannan"))),
			new AreaPlan("Kaupunkiympäristö",
					List.of("Maankäyttö ja kaavoitus", "Rakennusvalvonta", "Kuntatekniikka", "Ympäristöpalvelut",
							"Mittaus ja paikkatieto", "Joukkoliikenne"),
					List.of(Subject.of("paikkatietojärjestelmä"), Subject.of("rakennusvalvonnan lupapalvelu"),
							Subject.of("kaavoituksen tietomalli"),
							Subject.of("katujen kunnossapidon seurantajärjestelmä"),
							Subject.of("joukkoliikenteen lippujärjestelmä"),
							Subject.of("ympäristövalvonnan tietojärjestelmä"),
							Subject.of("pysäköinninvalvonnan järjestelmä"))),
			new AreaPlan("Tila- ja kiinteistöpalvelut",
					List.of("Tilasuunnittelu", "Kiinteistönhoito", "Ruokapalvelut", "Siivouspalvelut"),
					List.of(Subject.of("kiinteistönhallintajärjestelmä"), Subject.of("huoltokirjajärjestelmä"),
							Subject.of("rakennusautomaatiojärjestelmä"), Subject.of("kulunvalvontajärjestelmä"),
							Subject.of("ruokapalvelujen tuotannonohjausjärjestelmä"),
							Subject.of("energianseurantajärjestelmä"), Subject.of("tilavarausjärjestelmä"))),
			new AreaPlan("Elinvoima ja työllisyys",
					List.of("Työllisyyspalvelut", "Elinkeinopalvelut", "Kotoutumispalvelut",
							"Matkailu ja markkinointi"),
					List.of(Subject.of("työllisyyspalvelujen asiakastietojärjestelmä"), Subject.of("yritysrekisteri"),
							new Subject("kotoutumispalvelujen asiakkuudenhallinta",
									"kotoutumispalvelujen asiakkuudenhallinnan"),
							Subject.of("matkailusivusto"),
							Subject.of("yrityspalvelujen asiakkuudenhallintajärjestelmä"))),
			new AreaPlan("Asukaspalvelut ja osallisuus",
					List.of("Asiointipisteet", "Osallisuus ja vaikuttaminen", "Neuvonta ja digituki",
							"Demokratiapalvelut"),
					List.of(Subject.of("asiointipalvelu"), Subject.of("ajanvarausjärjestelmä"),
							Subject.of("palautejärjestelmä"), Subject.of("asukaskyselyalusta"),
							Subject.of("chatbot-palvelu"), Subject.of("osallistuvan budjetoinnin alusta"))),
			new AreaPlan("Liikelaitokset",
					List.of("Vesihuoltolaitos", "Satama", "Pysäköinti", "Työterveys", "Jätehuolto"),
					List.of(Subject.of("vesihuollon kaukovalvontajärjestelmä"),
							new Subject("vesimittarien etäluenta", "vesimittarien etäluennan"),
							Subject.of("satamajärjestelmä"), Subject.of("pysäköinnin maksujärjestelmä"),
							Subject.of("työterveyden potilastietojärjestelmä"), Subject.of("laskutusjärjestelmä"))));

	/** What the IT unit keeps running for everybody. */
	static final List<Subject> INFRASTRUCTURE = List.of(new Subject("lähiverkko", "lähiverkon"),
			new Subject("langaton verkko", "langattoman verkon"), Subject.of("työasemaympäristö"),
			Subject.of("palvelinympäristö"), Subject.of("varmuuskopiointipalvelu"), Subject.of("tunnistautumispalvelu"),
			new Subject("käyttäjähallinta", "käyttäjähallinnan"), Subject.of("sähköpostipalvelu"),
			Subject.of("puhelinjärjestelmä"), Subject.of("tietoturvan valvontapalvelu"),
			Subject.of("integraatioalusta"), Subject.of("pilvipalveluympäristö"), Subject.of("tulostuspalvelu"),
			new Subject("mobiililaitteiden hallinta", "mobiililaitteiden hallinnan"),
			Subject.of("etäyhteyspalvelu"));

	/** What the whole city uses, whichever service area owns it. */
	static final List<Subject> CITY_WIDE = List.of(Subject.of("asianhallintajärjestelmä"), Subject.of("tietovarasto"),
			new Subject("sähköinen arkisto", "sähköisen arkiston"), Subject.of("tekoälyavustaja"),
			Subject.of("Microsoft 365 -ympäristö"), Subject.of("avoimen datan portaali"),
			new Subject("sähköinen allekirjoituspalvelu", "sähköisen allekirjoituspalvelun"),
			Subject.of("asiointipalvelu"), Subject.of("johdon raportointipalvelu"));

	static final List<String> GOALS = List.of("Asukaslähtöiset ja saavutettavat digitaaliset palvelut",
			"Sisäisten prosessien sähköistäminen ja automatisointi", "Tiedolla johtamisen vahvistaminen",
			"Tietoturvan ja varautumisen parantaminen",
			"Päällekkäisten järjestelmien vähentäminen ja yhteentoimivuuden lisääminen",
			"Henkilöstön digitaitojen vahvistaminen", "Nykyaikaiset ja yhdenvertaiset oppimisympäristöt",
			"Kestävä ja hiilineutraali kaupunki", "Tietohallinnon palvelujen laatu ja toimintavarmuus",
			"Avoin data ja rajapinnat", "Elinvoiman ja työllisyyden tukeminen digitaalisin palveluin",
			"Kustannustehokas ICT-hankinta ja järjestelmien elinkaaren hallinta");

	static final List<PersonPlan> PEOPLE = List.of(
			new PersonPlan("Kaisa Kuormitus", USERNAME, Role.IT_MANAGEMENT, null),
			new PersonPlan("Antti Aikataulu", "bench-pm1", Role.PROJECT_MANAGER, null),
			new PersonPlan("Leena Lähtötaso", "bench-pm2", Role.PROJECT_MANAGER, null),
			new PersonPlan("Matti Mittaristo", "bench-pm3", Role.PROJECT_MANAGER, null),
			new PersonPlan("Riikka Resurssi", "bench-pm4", Role.PROJECT_MANAGER, null),
			new PersonPlan("Eero Esimies", "bench-editor1", Role.SERVICE_AREA_EDITOR, "Kasvatus ja koulutus"),
			new PersonPlan("Elina Ympäristö", "bench-editor2", Role.SERVICE_AREA_EDITOR, "Kaupunkiympäristö"),
			new PersonPlan("Tuomas Toimiala", "bench-editor3", Role.SERVICE_AREA_EDITOR, "Kulttuuri ja vapaa-aika"),
			new PersonPlan("Veikko Valtuusto", "bench-viewer", Role.VIEWER, null));

	private DatasetPlan() {
	}

	static AreaPlan area(String name) {
		return AREAS.stream()
			.filter(a -> a.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no planned service area " + name));
	}

}
