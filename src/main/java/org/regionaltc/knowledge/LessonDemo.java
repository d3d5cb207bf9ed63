package org.regionaltc.knowledge;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.regionaltc.system.DemoParts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Sample lessons learned and good practices in the four languages: ten experiences, each told for three or four
 * countries, most published for everyone, some for signed-in users only and some still drafts of their country.
 * Flagged as samples (labelled "sample data" where shown); loaded when tc.demo.enabled is true and no sample lesson
 * exists, removed when it is false (a lesson someone edited is theirs and stays).
 */
@Component
@Order(40)
class LessonDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LessonDemo.class);

    /** One experience in en, es, fr, pt: title, then text, for each language. */
    private record Experience(String theme, String kind, List<String> countries, String[] en, String[] es, String[] fr,
            String[] pt) {
    }

    private static final List<Experience> EXPERIENCES = List.of(
        new Experience("B3", "LESSON", List.of("PE", "BO", "EC"),
            new String[] {"Export consortia made small textile firms competitive",
                "Pooling orders and certification costs let small textile firms meet buyers' volumes; the consortium manager was the key hire."},
            new String[] {"Los consorcios de exportación hicieron competitivas a las pequeñas textileras",
                "Agrupar pedidos y costos de certificación permitió a las pequeñas empresas textiles alcanzar los volúmenes de los compradores; la gerencia del consorcio fue clave."},
            new String[] {"Les consortiums d'exportation ont rendu compétitives les petites entreprises textiles",
                "La mise en commun des commandes et des coûts de certification a permis d'atteindre les volumes des acheteurs ; le gestionnaire du consortium a été décisif."},
            new String[] {"Consórcios de exportação tornaram competitivas as pequenas têxteis",
                "Reunir pedidos e custos de certificação permitiu às pequenas empresas têxteis atingir os volumes dos compradores; a gerência do consórcio foi decisiva."}),
        new Experience("C2", "GOOD_PRACTICE", List.of("CL", "UY", "AR"),
            new String[] {"Energy audits in dairy plants pay back within two years",
                "Heat recovery and compressed-air leak repairs cut energy bills by a fifth; plant managers trusted measured savings, not estimates."},
            new String[] {"Las auditorías energéticas en plantas lecheras se pagan en dos años",
                "La recuperación de calor y la reparación de fugas de aire comprimido redujeron la factura de energía en un quinto; los gerentes confiaron en ahorros medidos."},
            new String[] {"Les audits énergétiques des laiteries sont rentables en deux ans",
                "La récupération de chaleur et la réparation des fuites d'air comprimé ont réduit la facture d'énergie d'un cinquième ; les directeurs se sont fiés aux économies mesurées."},
            new String[] {"Auditorias energéticas em laticínios se pagam em dois anos",
                "A recuperação de calor e o reparo de vazamentos de ar comprimido reduziram a conta de energia em um quinto; os gerentes confiaram em economias medidas."}),
        new Experience("B1", "LESSON", List.of("CR", "GT", "HN"),
            new String[] {"Accredited laboratories opened markets for exporters",
                "Without accredited testing, exporters paid for tests abroad; a shared metrology laboratory halved the cost and the waiting time."},
            new String[] {"Los laboratorios acreditados abrieron mercados a los exportadores",
                "Sin ensayos acreditados, los exportadores pagaban pruebas en el extranjero; un laboratorio de metrología compartido redujo a la mitad el costo y la espera."},
            new String[] {"Les laboratoires accrédités ont ouvert des marchés aux exportateurs",
                "Sans essais accrédités, les exportateurs payaient des analyses à l'étranger ; un laboratoire de métrologie partagé a divisé par deux le coût et l'attente."},
            new String[] {"Laboratórios acreditados abriram mercados aos exportadores",
                "Sem ensaios acreditados, os exportadores pagavam testes no exterior; um laboratório de metrologia compartilhado reduziu pela metade o custo e a espera."}),
        new Experience("A1", "GOOD_PRACTICE", List.of("EC", "PE", "DO"),
            new String[] {"Fine cocoa: fermentation centres raised farmers' prices",
                "Central fermentation and drying gave consistent beans; cooperatives sold to chocolate makers at premium prices."},
            new String[] {"Cacao fino: los centros de fermentación elevaron los precios a los productores",
                "La fermentación y el secado centralizados dieron granos uniformes; las cooperativas vendieron a chocolateros con precios de prima."},
            new String[] {"Cacao fin : les centres de fermentation ont relevé les prix payés aux producteurs",
                "La fermentation et le séchage centralisés ont donné des fèves homogènes ; les coopératives ont vendu aux chocolatiers avec une prime."},
            new String[] {"Cacau fino: centros de fermentação elevaram os preços aos produtores",
                "A fermentação e a secagem centralizadas deram amêndoas uniformes; as cooperativas venderam a chocolateiros com preço de prêmio."}),
        new Experience("C3", "LESSON", List.of("BR", "MX", "CL"),
            new String[] {"Wind and solar suppliers need local technicians first",
                "Renewable energy parks created jobs only where technical schools trained maintenance staff before construction began."},
            new String[] {"Los proveedores eólicos y solares necesitan primero técnicos locales",
                "Los parques de energía renovable crearon empleo solo donde las escuelas técnicas formaron personal de mantenimiento antes de la obra."},
            new String[] {"Les fournisseurs éoliens et solaires ont d'abord besoin de techniciens locaux",
                "Les parcs d'énergie renouvelable n'ont créé des emplois que là où les écoles techniques avaient formé le personnel de maintenance avant le chantier."},
            new String[] {"Fornecedores eólicos e solares precisam primeiro de técnicos locais",
                "Os parques de energia renovável geraram empregos apenas onde escolas técnicas formaram pessoal de manutenção antes da obra."}),
        new Experience("C1", "GOOD_PRACTICE", List.of("CO", "PA", "JM"),
            new String[] {"Cleaner production in tanneries cut water use by half",
                "Chrome recovery and water recycling in tanneries reduced effluents; a shared treatment plant served the whole cluster."},
            new String[] {"La producción más limpia en curtiembres redujo a la mitad el uso de agua",
                "La recuperación de cromo y el reciclaje de agua en las curtiembres redujeron los efluentes; una planta de tratamiento compartida sirvió a todo el conglomerado."},
            new String[] {"La production propre dans les tanneries a réduit de moitié la consommation d'eau",
                "La récupération du chrome et le recyclage de l'eau ont réduit les effluents ; une station d'épuration commune a desservi toute la grappe."},
            new String[] {"Produção mais limpa em curtumes reduziu pela metade o uso de água",
                "A recuperação de cromo e a reciclagem de água nos curtumes reduziram os efluentes; uma estação de tratamento compartilhada atendeu todo o cluster."}),
        new Experience("A3", "LESSON", List.of("JM", "TT", "GY"),
            new String[] {"Women entrepreneurs in agro-processing grow with mentoring",
                "Training alone did not last; pairing women-led firms with mentors for a year doubled the number still trading."},
            new String[] {"Las emprendedoras de la agroindustria crecen con mentoría",
                "La capacitación sola no bastó; acompañar a empresas dirigidas por mujeres con mentores durante un año duplicó las que seguían activas."},
            new String[] {"Les entrepreneures de l'agro-transformation progressent grâce au mentorat",
                "La formation seule ne suffisait pas ; un an de mentorat a doublé le nombre d'entreprises dirigées par des femmes encore en activité."},
            new String[] {"Empreendedoras da agroindústria crescem com mentoria",
                "A capacitação sozinha não bastou; um ano de mentoria dobrou o número de empresas lideradas por mulheres ainda ativas."}),
        new Experience("X", "GOOD_PRACTICE", List.of("AR", "PY", "UY"),
            new String[] {"South-South study tours speed up technology transfer",
                "Technicians who visited a peer plant in another region adopted the process in months rather than years."},
            new String[] {"Las giras de estudio Sur-Sur aceleran la transferencia de tecnología",
                "Los técnicos que visitaron una planta par en otra región adoptaron el proceso en meses y no en años."},
            new String[] {"Les voyages d'étude Sud-Sud accélèrent le transfert de technologie",
                "Les techniciens qui ont visité une usine homologue dans une autre région ont adopté le procédé en quelques mois."},
            new String[] {"Visitas de estudo Sul-Sul aceleram a transferência de tecnologia",
                "Os técnicos que visitaram uma fábrica semelhante em outra região adotaram o processo em meses, e não em anos."}),
        new Experience("C6", "LESSON", List.of("DO", "HT", "CU"),
            new String[] {"Hotels that meter water save it",
                "Metering each building showed where water was lost; hotels that shared their figures cut consumption by a third."},
            new String[] {"Los hoteles que miden el agua la ahorran",
                "Medir cada edificio mostró dónde se perdía el agua; los hoteles que compartieron sus cifras redujeron el consumo en un tercio."},
            new String[] {"Les hôtels qui mesurent l'eau l'économisent",
                "Le comptage par bâtiment a montré où l'eau se perdait ; les hôtels qui ont partagé leurs chiffres ont réduit leur consommation d'un tiers."},
            new String[] {"Hotéis que medem a água a economizam",
                "A medição de cada prédio mostrou onde a água se perdia; os hotéis que compartilharam seus números reduziram o consumo em um terço."}),
        new Experience("A4", "GOOD_PRACTICE", List.of("SV", "NI", "CR"),
            new String[] {"One-stop investment desks shorten the path for investors",
                "A single desk handling permits for industrial investors cut approval time from eight months to three."},
            new String[] {"Las ventanillas únicas de inversión acortan el camino de los inversionistas",
                "Una ventanilla única para los permisos de inversión industrial redujo la aprobación de ocho a tres meses."},
            new String[] {"Les guichets uniques d'investissement raccourcissent le parcours des investisseurs",
                "Un guichet unique pour les permis industriels a ramené le délai d'approbation de huit à trois mois."},
            new String[] {"Balcões únicos de investimento encurtam o caminho dos investidores",
                "Um balcão único para as licenças de investimento industrial reduziu a aprovação de oito para três meses."}));

    private final JdbcClient jdbc;
    private final DemoParts parts;
    private final boolean enabled;

    LessonDemo(JdbcClient jdbc, DemoParts parts, @Value("${tc.demo.enabled:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.parts = parts;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        parts.inTransaction("sample lessons", enabled ? this::load : this::remove);
    }

    void load() {
        if (jdbc.sql("SELECT COUNT(*) FROM lesson WHERE is_sample").query(Integer.class).single() > 0) {
            return;
        }
        int loaded = 0;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (Experience e : EXPERIENCES) {
            for (int i = 0; i < e.countries().size(); i++) {
                // The first country's lesson is published for everyone; the second for signed-in users; the third
                // is its focal point's draft: every reader sees a different part of the same experience.
                String status = i == 2 ? "DRAFT" : "PUBLISHED";
                String audience = i == 1 ? "INTERNAL" : "PUBLIC";
                insert(e, e.countries().get(i), status, audience, now.minusDays(30L * loaded + 1));
                loaded++;
            }
        }
        log.info("Demo programme: {} sample lessons learned loaded", loaded);
    }

    void remove() {
        int removed = jdbc.sql("DELETE FROM lesson WHERE is_sample").update();
        if (removed > 0) {
            log.info("Demo programme: {} sample lessons learned removed", removed);
        }
    }

    private void insert(Experience e, String country, String status, String audience, OffsetDateTime at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO lesson (kind, title_en, title_es, title_fr, title_pt, text_en, text_es, text_fr, text_pt,
                                    status, audience, author, written_at, published_by, published_at, is_sample)
                VALUES (:kind, :titleEn, :titleEs, :titleFr, :titlePt, :textEn, :textEs, :textFr, :textPt, :status,
                        :audience, 'demo', :at, :by, :published, TRUE)
                """)
            .param("kind", e.kind())
            .param("titleEn", e.en()[0]).param("titleEs", e.es()[0]).param("titleFr", e.fr()[0]).param("titlePt", e.pt()[0])
            .param("textEn", e.en()[1]).param("textEs", e.es()[1]).param("textFr", e.fr()[1]).param("textPt", e.pt()[1])
            .param("status", status).param("audience", audience).param("at", at)
            .param("by", status.equals("PUBLISHED") ? "demo" : null)
            .param("published", status.equals("PUBLISHED") ? at.plusDays(3) : null)
            .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        jdbc.sql("INSERT INTO lesson_country (lesson_id, country_code) VALUES (:id, :c)").param("id", id)
            .param("c", country).update();
        jdbc.sql("INSERT INTO lesson_theme (lesson_id, thematic_area_code) VALUES (:id, :t)").param("id", id)
            .param("t", e.theme()).update();
    }
}
