"""The minutes of the two latest meetings of the demo's other groups (the working group on the
school, the councils, the place collaboration and the networks), each in its own words from the
papers (shared/seeds/000 and 001): the same filler line under six groups read as invented. The
later meeting follows up what the earlier one decided. No month or season is named, as the
meetings move with the day the demo is loaded."""

from __future__ import annotations

from samverkan_desktop.demo.contacts import SDF
from samverkan_desktop.demo.meetings_data import DemoAction, DemoMinutes

MORE_MINUTES: dict[str, tuple[DemoMinutes, DemoMinutes]] = {
    "Arbetsgrupp skolan som brottsplats": (
        DemoMinutes(
            "Gruppen har inga öppna åtgärder.",
            "- Skolorna, stadsdelarna och polisen har lämnat in sina behov av samverkan.\n"
            "- Behoven är sorterade i tre spår: samverkansforum, information/utbildning och "
            "kontaktvägar.",
            "- Workshopen ska handla om vad vi ska samverka kring och hur samverkan ska gå "
            "till.\n- Förslagen från workshopen samlas och presenteras för styrgruppen.",
            "- Utbildningsförvaltningen: rektorerna på Östermalm saknar ett gemensamt "
            "mötesforum med polisen.\n- Polisen: fler anmälningar om stölder i skolornas "
            "omklädningsrum.",
            ("Workshopen genomförs med de tre spåren som grund.",),
        ),
        DemoMinutes(
            "Inga åtgärder var öppna från förra mötet.",
            "- Workshopen är genomförd med skolor, polis och båda stadsdelarna.\n"
            "- Förslagen är sammanställda per spår.",
            "- Ett samverkansforum för rektorer och polis prövas under nästa termin.\n"
            "- Kontaktvägarna tas fram av utbildningsförvaltningen med beredningsgruppen.",
            "- Polisen: lugnt kring skolorna, enstaka inbrott i förråd.\n"
            "- Norrmalms stadsdelsförvaltning: föräldrar efterfrågar information om narkotika "
            "bland unga.",
            (
                "Förslagen från workshopen lämnas till beredningsgruppen inför styrgruppen.",
                "Ett första samverkansforum för rektorer och polis bokas till nästa termin.",
            ),
        ),
    ),
    "Trygghetsråd Östermalm": (
        DemoMinutes(
            "Inga öppna åtgärder från förra rådet.",
            "- Stadsdelsförvaltningen och kommunpolisen redovisade den gemensamma lägesbilden.\n"
            "- Medborgarlöftet följdes upp: polisen har genomfört två riktade insatser kring "
            "Stureplan.",
            "- Rådets deltagare återkopplar på lägesbilden till nästa möte.\n"
            "- Trygghetsvandringarna i Tessinparken och på Gyllenstiernsgatan genomförs "
            "tillsammans med de boende.",
            "- Pensionärsrådet: äldre känner oro för bedrägerier per telefon.\n"
            "- City i samverkan: nedskräpning kring Östermalmstorg kvällstid.\n"
            "- Stockholmshem: klottret i trapphusen har minskat.",
            ("Lägesbilden kompletteras med pensionärsrådets bild av bedrägerierna.",),
        ),
        DemoMinutes(
            "Pensionärsrådets bild av bedrägerierna finns nu med i lägesbilden.",
            "- Trygghetsvandringen i Tessinparken gav förslag om bättre belysning och röjning "
            "av buskage.\n- Kommunpolisen redovisade utvecklingen av anmälda brott sedan förra "
            "rådet.",
            "- Trafikkontoret ser över belysningen i Tessinparken.\n"
            "- Nästa års medborgarlöfte tas fram tillsammans med rådet.",
            "- Trafikkontoret: belysningen i parkerna inventeras.\n"
            "- Stockholmshem: fler boende vill delta i trygghetsvandringarna.\n"
            "- Polisen: färre anmälningar om skadegörelse, fler om bedrägerier.",
            ("Rådet lämnar förslag till nästa års medborgarlöfte till kommunpolisen.",),
            (
                DemoAction(
                    "Se över belysningen i Tessinparken", None, "Trafikkontoret", 60, "requested"
                ),
            ),
        ),
    ),
    "Chefsamråd trygghet": (
        DemoMinutes(
            "Inga åtgärder kvar från förra samrådet.",
            "- Beredningsgruppen redovisade åtgärdsplanens aktiviteter per prioriterat "
            "område.\n- Resursbehovet för platssamverkan Stureplan/Östermalmstorg stämdes av.",
            "- Ett förslag om ordningsvakter vid Stureplan bereds till nästa samråd.",
            "- Avdelningen för stadsmiljö: trafikkontoret utreder kameraövervakning vid "
            "Östermalmstorg.\n- Socialtjänsten: fler orosanmälningar om unga i riskmiljöer.",
            ("Platssamverkan Stureplan/Östermalmstorg får fortsatt stöd av förvaltningen.",),
        ),
        DemoMinutes(
            "Förslaget om ordningsvakter är berett av beredningsgruppen.",
            "- Ordningsvakter vid Stureplan på helgnätter har prövats med Stureplansgruppen.\n"
            "- Uppföljningen av samverkansöverenskommelsen har gåtts igenom.",
            "- Överenskommelsens årliga revidering förbereds tillsammans med polisen.",
            "- Staben: krisledningsplanen ska revideras och övas.\n"
            "- Socialtjänsten: samverkan kring våld i nära relation har kommit igång.",
            (
                "Ordningsvakterna vid Stureplan fortsätter på helgnätter.",
                "Revideringen av krisledningsplanen prioriteras.",
            ),
        ),
    ),
    "Platssamverkan Stureplan/Östermalmstorg": (
        DemoMinutes(
            "Åtgärdslistan gicks igenom; inget var öppet.",
            "- Leveranser och taxiköer kring Stureplan är kartlagda med trafikkontoret.\n"
            "- Uppsökarenheten har besökt Östermalmstorg efter signaler om EU-migranter som "
            "sover i portar.",
            "- Behovet av en kontaktkedja mellan verksamheterna tas upp på nästa möte.",
            "- Östermalmshallen: snatterier vid stängning.\n"
            "- Sturegallerian: ungdomsgrupper i entrén sena kvällar.\n"
            "- Polisen: ficktjuvar vid tunnelbanans uppgångar.",
            ("Trafikkontoret tar fram förslag på lastzoner vid Stureplan.",),
        ),
        DemoMinutes(
            "Trafikkontorets förslag på lastzoner presenterades.",
            "- Lastzonerna vid Stureplan är beslutade av trafikkontoret.\n"
            "- Gruppen är enig om att en kontaktkedja behövs mellan verksamheterna.",
            "- Sturegallerian tar fram kontaktkedjan med nummer till vaktbolag och butiker.\n"
            "- Följa upp kända och otrygga platser.",
            "- Stureplansgruppen: lugnare helgnätter med ordningsvakterna.\n"
            "- City i samverkan: nedskräpningen vid Östermalmstorg har minskat.\n"
            "- Polisen: fortsatta insatser mot narkotikaförsäljningen.",
            ("En kontaktkedja mellan verksamheterna kring Stureplan upprättas.",),
            (
                DemoAction(
                    "Upprätta en kontaktkedja mellan verksamheterna kring Stureplan",
                    "Fredrik Dahl",
                    "Sturegallerian",
                    21,
                    "overdue",
                ),
            ),
        ),
    ),
    "Krisstödsgruppen": (
        DemoMinutes(
            "Inga öppna åtgärder sedan förra träffen.",
            "- Gruppen har gått igenom krisledningsplanens avsnitt om krisstöd.\n"
            "- Erfarenheter av stödet till en handläggare som hotats i tjänsten har delats.",
            "- Krisstödjarnas kontaktuppgifter samlas in.\n"
            "- En rutin för stöd till egen personal efter hot tas fram.",
            "- Äldreomsorgen: personalen efterfrågar samtalsstöd efter dödsfall hos brukare.\n"
            "- Staben: stadens tjänsteman i beredskap har fått nytt nummer.",
            ("En rutin för stöd till egen personal efter hot tas fram till nästa möte.",),
        ),
        DemoMinutes(
            "Rutinen för stöd till egen personal är framtagen och skickad till "
            "förvaltningsledningen.",
            "- Rutinen för stöd till egen personal efter hot och våld är klar.\n"
            "- Larmlistan prövades: två krisstödjare nåddes inte på första försöket.",
            "- Krisstödsgruppens kontaktlista uppdateras.\n"
            "- Gruppen deltar i krisledningens larm- och uppringningsprov.",
            "- Socialtjänsten: två handläggare har fått stöd efter hot i tjänsten.\n"
            "- Stadsdelsförvaltningen: krisstödsutbildningen gäller i tre år och behöver "
            "förnyas för några.",
            ("Krisstödsgruppen deltar i larm- och uppringningsprovet.",),
            (DemoAction("Uppdatera krisstödsgruppens kontaktlista", "Ingrid Sjöberg", SDF, 30),),
        ),
    ),
    "Nätverk för utrymningsledare": (
        DemoMinutes(
            "Inga åtgärder kvar från förra nätverksträffen.",
            "- Utrymningsvägarna på Garnisonen har gåtts igenom våning för våning.\n"
            "- Resultatet av den senaste brandskyddsbesiktningen har redovisats.",
            "- Varje utrymningsledare går igenom sin våning med medarbetarna.\n"
            "- Återsamlingsplatsen märks ut tydligare.",
            "- Receptionen: besökare vet inte var återsamlingsplatsen är.\n"
            "- Plan 3: flera nya medarbetare har inte gått brandskyddsutbildningen.",
            ("Återsamlingsplatsen skyltas vid entrén på Karlavägen.",),
        ),
        DemoMinutes(
            "Skyltningen av återsamlingsplatsen är klar.",
            "- Utrymningsledarna har gått igenom sina våningar med medarbetarna.\n"
            "- Plan 3 saknar utrymningsledare sedan en medarbetare slutat.",
            "- Fler utrymningsledare rekryteras, först till plan 3.\n"
            "- Nästa utrymningsövning planeras tillsammans med staben.",
            "- Plan 2: en nödutgång var blockerad av möbler; åtgärdat direkt.\n"
            "- Receptionen: provningen av brandlarmet gick utan anmärkning.",
            ("Utrymningsledare rekryteras till plan 3 före nästa övning.",),
            (
                DemoAction(
                    "Rekrytera utrymningsledare till plan 3",
                    "Tobias Hedlund",
                    SDF,
                    45,
                    "in_progress",
                    "Två nya har anmält intresse.",
                ),
            ),
        ),
    ),
    "Norrmalms trygghets- och säkerhetsråd": (
        DemoMinutes(
            "Föregående minnesanteckningar lades till handlingarna.",
            "- Lokalpolisområdet redovisade sina brottsförebyggande grupper: våld, tillgrepp, "
            "narkotika och ungdomar.\n- Platssamverkan Klara har träffats en gång i månaden.",
            "- Fortsätta arbetet efter den gemensamma lägesbilden.\n"
            "- Bättre dokumentation när platssamverkan har genomförts.",
            "- Norra Real: oro för inbrott och obehöriga på skolan.\n"
            "- City i samverkan: otrygghet i garaget vid Hötorgsfaret kvällstid.",
            ("Hötorgsfaret tas upp i platssamverkan Klara.",),
        ),
        DemoMinutes(
            "Hötorgsfaret har tagits upp i platssamverkan Klara.",
            "- Belysningen i trappan ner mot Vasagatan är förbättrad.\n"
            "- Tobakstillsynen har besökt butikerna med civilklädd polis.",
            "- Medborgarlöftena för nästa år tas fram med rådets synpunkter.",
            "- Socialförvaltningen: unga tjejer vid Sergels torg sena kvällar, följs upp med "
            "polisen.\n- Fastighetsägarna: den nya garageporten vid Mäster Samuelsgatan har "
            "stängt ute obehöriga.",
            ("Rådets synpunkter på medborgarlöftena lämnas till kommunpolisen.",),
        ),
    ),
}
