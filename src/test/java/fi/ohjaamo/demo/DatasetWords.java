package fi.ohjaamo.demo;

import java.util.List;

import fi.ohjaamo.portfolio.CostKind;
import fi.ohjaamo.portfolio.ProjectKind;
import fi.ohjaamo.portfolio.ResourceParty;

/**
 * The Finnish sentences cards are written with. A sentence may name the project's subject ({sys},
 * {sysGen}), its unit ({unit}), a year ({year}), a count ({n}) or a sum of euros ({k}).
 */
final class DatasetWords {

	static final List<String> DESCRIPTION = List.of(
			"Nykyinen {sys} on ollut käytössä vuodesta {oldYear}, eikä toimittaja enää kehitä sitä.",
			"Yksikkö {unit} käyttää järjestelmää päivittäin, ja käyttäjiä on noin {n}.",
			"Hankkeessa kartoitetaan ensin nykytila ja käyttäjien tarpeet,"
					+ " minkä jälkeen laaditaan hankintasuunnitelma.",
			"Toteutus tehdään vaiheittain, ja ensimmäinen vaihe kattaa yksikön {unit} toimipisteet.",
			"Ratkaisun on täytettävä tiedonhallintalain ja digipalvelulain saavutettavuusvaatimukset.",
			"Tiedonsiirto vanhasta järjestelmästä tehdään yhdessä toimittajan kanssa,"
					+ " ja siirrettävien tietojen laajuus päätetään erikseen.",
			"Rajapinnat taloushallintoon, henkilöstöhallintoon ja asianhallintaan toteutetaan"
					+ " kaupungin integraatioalustan kautta.",
			"Käyttäjät koulutetaan ennen käyttöönottoa, ja jokaiseen yksikköön nimetään pääkäyttäjä.",
			"Palvelu hankitaan ensisijaisesti SaaS-palveluna,"
					+ " jolloin ylläpito ja versiopäivitykset kuuluvat toimittajalle.",
			"Hanke toteuttaa kaupunkistrategian tavoitetta sujuvista ja saavutettavista palveluista.",
			"Nykyisessä ratkaisussa samat tiedot kirjataan useaan paikkaan,"
					+ " mikä aiheuttaa virheitä ja päällekkäistä työtä.",
			"Markkinakartoituksen perusteella sopivia ratkaisuja on tarjolla ainakin kolmelta toimittajalta.",
			"Vanhan järjestelmän sopimus päättyy vuonna {year}, joten uusi ratkaisu on otettava käyttöön sitä ennen.",
			"Pilotointi aloitetaan kahdessa toimipisteessä,"
					+ " ja kokemusten perusteella päätetään laajemmasta käyttöönotosta.",
			"Asukkaat voivat jatkossa hoitaa asiansa sähköisesti mihin vuorokaudenaikaan tahansa.",
			"Tietoturva- ja tietosuojavaatimukset kirjataan hankinta-asiakirjoihin,"
					+ " ja toimittajalta edellytetään auditoitua palvelua.",
			"Ohjausryhmässä ovat mukana palvelualueen, tietohallinnon ja talouspalvelujen edustajat.",
			"Käyttöönoton yhteydessä prosessit kuvataan uudelleen, eikä vanhoja toimintatapoja siirretä sellaisinaan.",
			"Ratkaisun on toimittava myös mobiililaitteilla, koska suuri osa käyttäjistä työskentelee kentällä.",
			"Muutos edellyttää lähiverkon ja työasemien päivittämistä osassa toimipisteitä.",
			"{SysGen} käyttöaste on noussut tasaisesti, ja nykyinen kapasiteetti ei riitä ruuhkahuippuihin.",
			"Hankkeen aikana selvitetään myös, voidaanko {sys} hankkia yhdessä naapurikuntien kanssa.",
			"Nykyinen ratkaisu toimii vain kaupungin verkossa, mikä vaikeuttaa etätyötä ja liikkuvaa työtä.",
			"Käyttäjäkyselyssä {n} vastaajaa piti nykyistä järjestelmää hitaana ja vaikeakäyttöisenä.",
			"Toimittaja on ilmoittanut, että nykyisen version tuki päättyy vuoden {year} lopussa.",
			"Ensimmäisessä vaiheessa keskitytään ydintoimintoihin, ja raportointia kehitetään myöhemmin.",
			"Hankinnassa varaudutaan siihen, että ratkaisu voidaan ottaa käyttöön myös muilla palvelualueilla.",
			"Työ tehdään yhteistyössä tietohallinnon arkkitehtuuriryhmän kanssa,"
					+ " joka arvioi ratkaisun yhteentoimivuuden.",
			"Käyttäjien tunnistautuminen toteutetaan kaupungin keskitetyn käyttäjähallinnan kautta.",
			"Järjestelmän tiedot avataan soveltuvin osin avoimena datana kaupungin rajapintapalvelussa.");

	static final List<String> CHANGES = List.of(
			"Manuaalinen työ vähenee arviolta {n} henkilötyöpäivää vuodessa.",
			"Ylläpitokustannukset pienenevät noin {k} euroa vuodessa, kun päällekkäisestä järjestelmästä luovutaan.",
			"Asukkaat saavat päätökset nopeammin ja näkevät asiansa käsittelyvaiheen verkossa.",
			"Johto saa ajantasaiset tunnusluvut ilman erillistä raportointityötä.",
			"Tietojen laatu paranee, kun samaa tietoa ei kirjata useaan järjestelmään.",
			"Henkilöstön työaikaa vapautuu asiakastyöhön.",
			"Järjestelmän toimintavarmuus paranee ja käyttökatkot vähenevät.",
			"Paperilomakkeiden käsittely ja postitus vähenevät, mikä säästää noin {k} euroa vuodessa.",
			"Uuden ratkaisun lisenssimaksut ovat nykyistä suuremmat,"
					+ " mutta erillisten ylläpitosopimusten kulut poistuvat.",
			"Käyttäjätuen yhteydenotot vähenevät, kun järjestelmä on helpompi käyttää.",
			"Toiminta on varautumisen kannalta kestävämpää, kun palvelu ei ole yhden palvelimen varassa.",
			"Yksiköiden toimintatavat yhtenäistyvät, mikä helpottaa sijaisuuksia ja perehdytystä.");

	static final List<String> IMPACT_ORGANISATION = List.of(
			"Järjestelmän pääkäyttäjyys keskitetään kahdelle nimetylle henkilölle.",
			"Vastuut tietojen ylläpidosta kuvataan uudelleen tiedonhallintamallissa.",
			"Palvelun omistaja nimetään palvelualueelta, ja tietohallinto vastaa teknisestä ylläpidosta.",
			"Tehtävien jako yksiköiden välillä muuttuu, kun käsittely keskitetään yhteen paikkaan.");

	static final List<String> IMPACT_SECURITY = List.of(
			"Käyttöoikeudet myönnetään roolien perusteella, ja kaikesta käsittelystä jää loki.",
			"Salassa pidettäviä tietoja käsittelevät vain nimetyt käyttäjät.",
			"Palvelussa käytetään vahvaa tunnistautumista.",
			"Toimittajan tietoturvan taso varmistetaan auditoinnilla ennen sopimuksen allekirjoittamista.");

	static final List<String> IMPACT_DATA = List.of(
			"Tiedot siirretään vanhasta järjestelmästä uuteen, ja säilytysajat tarkistetaan siirron yhteydessä.",
			"Tietoja luovutetaan rajapinnan kautta taloushallintoon.",
			"Tiedot säilytetään toimittajan EU:n alueella sijaitsevassa konesalissa.",
			"Tietoja haetaan jatkossa suoraan väestötietojärjestelmästä.");

	static final List<String> IMPACT_CASE = List.of(
			"Asiat kirjautuvat automaattisesti asianhallintaan.",
			"Asiakastiedot tallennetaan jatkossa vain yhteen paikkaan.",
			"Diaarinumerointi säilyy ennallaan, mutta asiakirjat liitetään asiaan suoraan järjestelmästä.",
			"Päätökset toimitetaan asiakkaille Suomi.fi-viesteillä.");

	static final List<String> NOT_ASSESSED = List.of("Arvioidaan, kun ratkaisu on valittu.",
			"Arvio tehdään hankinnan valmistelun yhteydessä.",
			"Selvitysvaiheessa vaikutuksia ei vielä voida arvioida.",
			"Tiedonhallinnan asiantuntija arvioi vaikutukset ennen hyväksymistä.");

	static final List<String> SCHEDULE_NOTES = List.of(
			"Aikataulu tarkentuu, kun hankintapäätös on tehty.",
			"Käyttöönotto ajoitetaan koulujen kesätauolle.",
			"Aikataulu siirtyi, koska toimittajan resurssit eivät riittäneet.",
			"Kilpailutuksesta valitettiin markkinaoikeuteen, mikä viivästytti aloitusta.",
			"Aikataulua siirrettiin, jotta käyttöönotto ei osu tilinpäätöksen ajalle.",
			"Toteutus jaettiin kahteen vaiheeseen, ja toinen vaihe alkaa myöhemmin.",
			"Integraatioiden testaus kesti arvioitua pidempään.");

	static final List<String> LIKELIHOOD_NOTES = List.of("Toteutus on omissa käsissä.",
			"Riippuu toimittajan aikataulusta.", "Kilpailutus voi viivästyä valitusten vuoksi.",
			"Rahoitus on varattu talousarvioon.", "Rahoituspäätös tehdään vasta talousarvion käsittelyssä.",
			"Osaavien asiantuntijoiden saatavuus on epävarmaa.",
			"Riippuu muiden hankkeiden etenemisestä ja niiden rajapinnoista.");

	static final List<String> COST_REMARKS = List.of("Investointi on varattu talousarvioon.",
			"Kustannukset tarkentuvat tarjouskilpailussa.",
			"Jatkuvat kustannukset jaetaan palvelualueille käyttäjämäärien mukaan.",
			"Hinnat perustuvat markkinakartoitukseen.", "Summat sisältävät varauksen tiedonsiirtoon.");

	static final List<String> RESOURCE_REMARKS = List.of(
			"Palvelualueen työ tehdään muun työn ohessa, joten sijaisjärjestelyt on sovittava.",
			"Tietohallinnon resurssit ovat samaan aikaan sidottuina muihin hankkeisiin.",
			"Ostopalvelut hankitaan puitesopimuksen kautta.");

	static final List<String> UPDATES = List.of(
			"Ohjausryhmä käsitteli hankkeen {month}/{year} ja hyväksyi tarkennetun suunnitelman.",
			"Toimittajan kanssa on sovittu lisätyöstä, joka koskee raportointia.",
			"Käyttäjiltä saadun palautteen perusteella käyttöliittymää yksinkertaistetaan.",
			"Rajapintojen määrittely valmistui {month}/{year}.",
			"Pilotin kokemukset olivat myönteisiä, ja laajennus valmistellaan seuraavaksi.",
			"Hankintapäätös tehtiin {month}/{year}.",
			"Tiedonsiirron testiajot paljastivat puutteita vanhan järjestelmän tiedoissa,"
					+ " ja ne korjataan ennen siirtoa.");

	private DatasetWords() {
	}

	static List<String> costNotes(CostKind kind) {
		return switch (kind) {
			case ONE_OFF -> List.of("hankinta ja käyttöönotto", "tiedonsiirto", "integraatiot taustajärjestelmiin",
					"konsultointi", "laitehankinnat", "koulutus", "määrittely ja testaus", "");
			case RECURRING -> List.of("käyttömaksu", "lisenssit ja ylläpito", "pilvipalvelun kapasiteetti",
					"tukipalvelu", "integraatioiden ylläpito", "");
		};
	}

	static List<String> resourceNotes(ResourceParty party) {
		return switch (party) {
			case SERVICE_AREA -> List.of("pääkäyttäjät", "käyttäjien edustajat", "testaajat",
					"esihenkilöt ja prosessien omistajat", "");
			case IT -> List.of("projektipäällikkö", "integraatioasiantuntija", "arkkitehti", "tietoturva-asiantuntija",
					"lähituki", "");
			case PURCHASED -> List.of("toimittajan asiantuntijat", "toteutuskumppani", "hankintakonsultti",
					"tiedonsiirron asiantuntija", "");
		};
	}

	static List<String> actions(ProjectKind kind) {
		return switch (kind) {
			case DEVELOPMENT -> List.of("kehittäminen", "laajentaminen", "uudistaminen", "raportoinnin kehittäminen",
					"integrointi taustajärjestelmiin", "mobiilikäytön kehittäminen");
			case LIFECYCLE_UPDATE -> List.of("elinkaaripäivitys", "versiopäivitys", "päivitys tuettuun versioon",
					"laitteiston uusiminen");
			case PROCUREMENT -> List.of("kilpailutus", "hankinta", "uusiminen ja kilpailutus");
			case DEPLOYMENT -> List.of("käyttöönotto", "käyttöönotto koko kaupungissa", "laajennus uusiin yksiköihin");
			case INVESTIGATION -> List.of("esiselvitys", "nykytilan selvitys", "vaihtoehtojen selvitys", "kokeilu");
			case OTHER -> List.of("koulutusohjelma", "käyttäjätuen järjestäminen", "tietojen siivous",
					"ohjeistuksen uudistaminen");
		};
	}

}
