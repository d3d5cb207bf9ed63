package org.regionaltc.knowledge;

import org.regionaltc.demo.DemoSettings;
import org.regionaltc.project.ProjectCatalog;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionaltc.reference.Codelists;
import org.regionaltc.system.DemoParts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Sample lessons learned and good practices in the four languages: thirty different experiences, each of one country,
 * theme and sector and linked to a sample project of that country when there is one; most published for everyone,
 * some for signed-in users only and some still drafts of their country.
 * Flagged as samples (labelled "sample data" where shown); loaded when tc.demo.enabled is true and no sample lesson
 * exists, removed when it is false (a lesson someone edited is theirs and stays).
 */
@Component
@Order(40)
class LessonDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LessonDemo.class);

    /** One experience of one country in en, es, fr, pt: title, then text, for each language. */
    private record Experience(String theme, String sector, String kind, String country, String[] en, String[] es,
            String[] fr, String[] pt) {
    }

    private static Experience x(String theme, String sector, String kind, String country, String enTitle, String enText,
            String esTitle, String esText, String frTitle, String frText, String ptTitle, String ptText) {
        return new Experience(theme, sector, kind, country, new String[] {enTitle, enText}, new String[] {esTitle, esText},
            new String[] {frTitle, frText}, new String[] {ptTitle, ptText});
    }

    private static final String L = "LESSON";
    private static final String G = "GOOD_PRACTICE";

    // Thirty different experiences, each of one country, theme and sector: the search page never lists one title twice.
    private static final List<Experience> EXPERIENCES = List.of(
        x("C1", "41010", G, "CO",
            "Cleaner production in tanneries cut water use by half",
            "Chrome recovery and water recycling in tanneries reduced effluents; a shared treatment plant served the whole cluster.",
            "La producción más limpia en curtiembres redujo a la mitad el uso de agua",
            "La recuperación de cromo y el reciclaje de agua en las curtiembres redujeron los efluentes; una planta de tratamiento compartida sirvió a todo el conglomerado.",
            "La production propre dans les tanneries a réduit de moitié la consommation d'eau",
            "La récupération du chrome et le recyclage de l'eau ont réduit les effluents ; une station d'épuration commune a desservi toute la grappe.",
            "Produção mais limpa em curtumes reduziu pela metade o uso de água",
            "A recuperação de cromo e a reciclagem de água nos curtumes reduziram os efluentes; uma estação de tratamento compartilhada atendeu todo o cluster."),
        x("B3", "32163", L, "PE",
            "Export consortia made small textile firms competitive",
            "Pooling orders and certification costs let small textile firms meet buyers' volumes; the consortium manager was the key hire.",
            "Los consorcios de exportación hicieron competitivas a las pequeñas textileras",
            "Agrupar pedidos y costos de certificación permitió a las pequeñas empresas textiles alcanzar los volúmenes de los compradores; la gerencia del consorcio fue clave.",
            "Les consortiums d'exportation ont rendu compétitives les petites entreprises textiles",
            "La mise en commun des commandes et des coûts de certification a permis d'atteindre les volumes des acheteurs ; le gestionnaire du consortium a été décisif.",
            "Consórcios de exportação tornaram competitivas as pequenas têxteis",
            "Reunir pedidos e custos de certificação permitiu às pequenas empresas têxteis atingir os volumes dos compradores; a gerência do consórcio foi decisiva."),
        x("C2", "23183", G, "CL",
            "Energy audits in dairy plants pay back within two years",
            "Heat recovery and compressed-air leak repairs cut energy bills by a fifth; plant managers trusted measured savings, not estimates.",
            "Las auditorías energéticas en plantas lecheras se pagan en dos años",
            "La recuperación de calor y la reparación de fugas de aire comprimido redujeron la factura de energía en un quinto; los gerentes confiaron en ahorros medidos.",
            "Les audits énergétiques des laiteries sont rentables en deux ans",
            "La récupération de chaleur et la réparation des fuites d'air comprimé ont réduit la facture d'énergie d'un cinquième ; les directeurs se sont fiés aux économies mesurées.",
            "Auditorias energéticas em laticínios se pagam em dois anos",
            "A recuperação de calor e o reparo de vazamentos de ar comprimido reduziram a conta de energia em um quinto; os gerentes confiaram em economias medidas."),
        x("B1", "32110", L, "CR",
            "Accredited laboratories opened markets for exporters",
            "Without accredited testing, exporters paid for tests abroad; a shared metrology laboratory halved the cost and the waiting time.",
            "Los laboratorios acreditados abrieron mercados a los exportadores",
            "Sin ensayos acreditados, los exportadores pagaban pruebas en el extranjero; un laboratorio de metrología compartido redujo a la mitad el costo y la espera.",
            "Les laboratoires accrédités ont ouvert des marchés aux exportateurs",
            "Sans essais accrédités, les exportateurs payaient des analyses à l'étranger ; un laboratoire de métrologie partagé a divisé par deux le coût et l'attente.",
            "Laboratórios acreditados abriram mercados aos exportadores",
            "Sem ensaios acreditados, os exportadores pagavam testes no exterior; um laboratório de metrologia compartilhado reduziu pela metade o custo e a espera."),
        x("A1", "32161", G, "EC",
            "Fine cocoa: fermentation centres raised farmers' prices",
            "Central fermentation and drying gave consistent beans; cooperatives sold to chocolate makers at premium prices.",
            "Cacao fino: los centros de fermentación elevaron los precios a los productores",
            "La fermentación y el secado centralizados dieron granos uniformes; las cooperativas vendieron a chocolateros con precios de prima.",
            "Cacao fin : les centres de fermentation ont relevé les prix payés aux producteurs",
            "La fermentation et le séchage centralisés ont donné des fèves homogènes ; les coopératives ont vendu aux chocolatiers avec une prime.",
            "Cacau fino: centros de fermentação elevaram os preços aos produtores",
            "A fermentação e a secagem centralizadas deram amêndoas uniformes; as cooperativas venderam a chocolateiros com preço de prêmio."),
        x("C3", "23210", L, "BR",
            "Wind and solar suppliers need local technicians first",
            "Renewable energy parks created jobs only where technical schools trained maintenance staff before construction began.",
            "Los proveedores eólicos y solares necesitan primero técnicos locales",
            "Los parques de energía renovable crearon empleo solo donde las escuelas técnicas formaron personal de mantenimiento antes de la obra.",
            "Les fournisseurs éoliens et solaires ont d'abord besoin de techniciens locaux",
            "Les parcs d'énergie renouvelable n'ont créé des emplois que là où les écoles techniques avaient formé le personnel de maintenance avant le chantier.",
            "Fornecedores eólicos e solares precisam primeiro de técnicos locais",
            "Os parques de energia renovável geraram empregos apenas onde escolas técnicas formaram pessoal de manutenção antes da obra."),
        x("A3", "32130", G, "JM",
            "Women entrepreneurs in agro-processing grow with mentoring",
            "Training alone did not last; pairing women-led firms with mentors for a year doubled the number still trading.",
            "Las emprendedoras de la agroindustria crecen con mentoría",
            "La capacitación sola no bastó; acompañar a empresas dirigidas por mujeres con mentores durante un año duplicó las que seguían activas.",
            "Les entrepreneures de l'agro-transformation progressent grâce au mentorat",
            "La formation seule ne suffisait pas ; un an de mentorat a doublé le nombre d'entreprises dirigées par des femmes encore en activité.",
            "Empreendedoras da agroindústria crescem com mentoria",
            "A capacitação sozinha não bastou; um ano de mentoria dobrou o número de empresas lideradas por mulheres ainda ativas."),
        x("X", "32120", L, "AR",
            "South-South study tours speed up technology transfer",
            "Technicians who visited a peer plant in another region adopted the process in months rather than years.",
            "Las giras de estudio Sur-Sur aceleran la transferencia de tecnología",
            "Los técnicos que visitaron una planta par en otra región adoptaron el proceso en meses y no en años.",
            "Les voyages d'étude Sud-Sud accélèrent le transfert de technologie",
            "Les techniciens qui ont visité une usine homologue dans une autre région ont adopté le procédé en quelques mois.",
            "Visitas de estudo Sul-Sul aceleram a transferência de tecnologia",
            "Os técnicos que visitaram uma fábrica semelhante em outra região adotaram o processo em meses, e não em anos."),
        x("C6", "14010", G, "DO",
            "Hotels that meter water save it",
            "Metering each building showed where water was lost; hotels that shared their figures cut consumption by a third.",
            "Los hoteles que miden el agua la ahorran",
            "Medir cada edificio mostró dónde se perdía el agua; los hoteles que compartieron sus cifras redujeron el consumo en un tercio.",
            "Les hôtels qui mesurent l'eau l'économisent",
            "Le comptage par bâtiment a montré où l'eau se perdait ; les hôtels qui ont partagé leurs chiffres ont réduit leur consommation d'un tiers.",
            "Hotéis que medem a água a economizam",
            "A medição de cada prédio mostrou onde a água se perdia; os hotéis que compartilharam seus números reduziram o consumo em um terço."),
        x("A4", "32110", L, "SV",
            "One-stop investment desks shorten the path for investors",
            "A single desk handling permits for industrial investors cut approval time from eight months to three.",
            "Las ventanillas únicas de inversión acortan el camino de los inversionistas",
            "Una ventanilla única para los permisos de inversión industrial redujo la aprobación de ocho a tres meses.",
            "Les guichets uniques d'investissement raccourcissent le parcours des investisseurs",
            "Un guichet unique pour les permis industriels a ramené le délai d'approbation de huit à trois mois.",
            "Balcões únicos de investimento encurtam o caminho dos investidores",
            "Um balcão único para as licenças de investimento industrial reduziu a aprovação de oito para três meses."),
        x("A1", "31120", G, "BO",
            "Shared washing plants let quinoa processors meet export standards",
            "Removing saponin in a shared, certified plant gave small processors a clean grain that importers accepted without retesting.",
            "Las plantas de lavado compartidas permitieron a los procesadores de quinua cumplir las normas de exportación",
            "Retirar la saponina en una planta compartida y certificada dio a los pequeños procesadores un grano limpio que los importadores aceptaron sin nuevos análisis.",
            "Des stations de lavage partagées ont permis aux transformateurs de quinoa de respecter les normes d'exportation",
            "L'élimination de la saponine dans une station commune certifiée a fourni aux petits transformateurs un grain propre accepté sans nouvelle analyse.",
            "Usinas de lavagem compartilhadas permitiram aos processadores de quinoa cumprir as normas de exportação",
            "Retirar a saponina em uma usina compartilhada e certificada deu aos pequenos processadores um grão limpo que os importadores aceitaram sem novos testes."),
        x("C2", "23183", L, "GT",
            "Bagasse cogeneration turned sugar mills into power sellers",
            "High-pressure boilers burning bagasse covered the mills' own needs and sold surplus electricity to the grid during the harvest.",
            "La cogeneración con bagazo convirtió a los ingenios azucareros en vendedores de electricidad",
            "Las calderas de alta presión que queman bagazo cubrieron el consumo de los ingenios y vendieron excedentes a la red durante la zafra.",
            "La cogénération à la bagasse a fait des sucreries des vendeuses d'électricité",
            "Des chaudières à haute pression brûlant la bagasse ont couvert les besoins des sucreries et vendu le surplus au réseau pendant la récolte.",
            "A cogeração com bagaço transformou usinas de açúcar em vendedoras de eletricidade",
            "Caldeiras de alta pressão queimando bagaço cobriram o consumo das usinas e venderam o excedente à rede durante a safra."),
        x("B2", "32161", G, "HN",
            "A coffee export consortium sold specialty lots directly to roasters",
            "Small producers who cupped and graded their coffee together reached roasters abroad and kept the margin intermediaries used to take.",
            "Un consorcio exportador de café vendió lotes especiales directamente a tostadores",
            "Los pequeños productores que catearon y clasificaron juntos su café llegaron a tostadores en el exterior y retuvieron el margen de los intermediarios.",
            "Un consortium d'exportation de café a vendu des lots de spécialité directement aux torréfacteurs",
            "Les petits producteurs qui ont dégusté et classé ensemble leur café ont atteint des torréfacteurs étrangers et gardé la marge des intermédiaires.",
            "Um consórcio exportador de café vendeu lotes especiais diretamente a torrefadores",
            "Pequenos produtores que provaram e classificaram juntos seu café chegaram a torrefadores no exterior e mantiveram a margem dos intermediários."),
        x("C1", "41010", L, "MX",
            "Plastic recycling cooperatives need guaranteed buyers",
            "Waste pickers' cooperatives invested in shredders only after a bottler signed a three-year purchase contract for the flakes.",
            "Las cooperativas de reciclaje de plásticos necesitan compradores garantizados",
            "Las cooperativas de recicladores invirtieron en trituradoras solo después de que un embotellador firmara un contrato de compra de escamas por tres años.",
            "Les coopératives de recyclage du plastique ont besoin d'acheteurs garantis",
            "Les coopératives de récupérateurs n'ont investi dans des broyeurs qu'après qu'un embouteilleur a signé un contrat d'achat de paillettes sur trois ans.",
            "Cooperativas de reciclagem de plásticos precisam de compradores garantidos",
            "As cooperativas de catadores investiram em trituradores só depois que um engarrafador assinou um contrato de compra de flocos por três anos."),
        x("B1", "32161", G, "UY",
            "Cattle traceability opened premium beef markets",
            "Electronic ear tags linked every carcass to its farm; meat packers met the strictest import rules and earned higher prices.",
            "La trazabilidad del ganado abrió mercados de carne de alta calidad",
            "Las caravanas electrónicas vincularon cada canal con su establecimiento; los frigoríficos cumplieron las normas de importación más estrictas y obtuvieron mejores precios.",
            "La traçabilité du bétail a ouvert des marchés de viande haut de gamme",
            "Des boucles électroniques ont relié chaque carcasse à son élevage ; les abattoirs ont satisfait aux règles d'importation les plus strictes et obtenu de meilleurs prix.",
            "A rastreabilidade do gado abriu mercados de carne de alta qualidade",
            "Brincos eletrônicos ligaram cada carcaça à sua fazenda; os frigoríficos cumpriram as regras de importação mais rígidas e obtiveram preços melhores."),
        x("C3", "23210", L, "PY",
            "Biogas from slaughterhouse waste powers the plant that makes it",
            "A digester fed with rumen and wastewater replaced a third of the firewood boilers burned, once operators were trained to keep it stable.",
            "El biogás de los residuos del matadero alimenta la planta que los produce",
            "Un biodigestor alimentado con rumen y aguas residuales reemplazó un tercio de la leña de las calderas, una vez que los operarios aprendieron a mantenerlo estable.",
            "Le biogaz des déchets d'abattoir alimente l'usine qui les produit",
            "Un digesteur alimenté par le contenu de panse et les eaux usées a remplacé un tiers du bois des chaudières, une fois les opérateurs formés à le stabiliser.",
            "O biogás dos resíduos do frigorífico abastece a planta que os produz",
            "Um biodigestor alimentado com rúmen e águas residuais substituiu um terço da lenha das caldeiras, depois que os operadores aprenderam a mantê-lo estável."),
        x("A2", "32130", G, "HT",
            "A metal crafts cluster reached hotel and export buyers together",
            "Artisans who shared a showroom, a catalogue and a quality mark sold to hotels and importers that no single workshop could supply.",
            "Un conglomerado de artesanía en metal llegó junto a compradores hoteleros y de exportación",
            "Los artesanos que compartieron sala de exposición, catálogo y sello de calidad vendieron a hoteles e importadores que ningún taller solo podía abastecer.",
            "Une grappe d'artisans du fer découpé a conquis ensemble hôtels et acheteurs étrangers",
            "Les artisans qui ont partagé une salle d'exposition, un catalogue et une marque de qualité ont vendu à des hôtels et importateurs hors de portée d'un atelier seul.",
            "Um cluster de artesanato em metal chegou junto a compradores de hotéis e de exportação",
            "Os artesãos que compartilharam showroom, catálogo e selo de qualidade venderam a hotéis e importadores que nenhuma oficina sozinha poderia atender."),
        x("C1", "41010", L, "TT",
            "Industrial symbiosis: one plant's waste became another's input",
            "An estate-wide inventory of by-products matched carbon dioxide, waste heat and sludge with neighbours that could use them.",
            "Simbiosis industrial: el residuo de una planta se volvió insumo de otra",
            "Un inventario de subproductos de todo el parque industrial emparejó el dióxido de carbono, el calor residual y los lodos con vecinos que podían usarlos.",
            "Symbiose industrielle : le déchet d'une usine est devenu l'intrant d'une autre",
            "Un inventaire des sous-produits de toute la zone industrielle a associé le dioxyde de carbone, la chaleur perdue et les boues à des voisins capables de les utiliser.",
            "Simbiose industrial: o resíduo de uma fábrica virou insumo de outra",
            "Um inventário de subprodutos de todo o distrito industrial casou o dióxido de carbono, o calor residual e o lodo com vizinhos que podiam usá-los."),
        x("A1", "32161", G, "NI",
            "Milk collection centres with cooling cut losses for dairy cooperatives",
            "Chilling milk within two hours of milking ended rejected deliveries; cooperatives then negotiated a quality bonus with the processors.",
            "Los centros de acopio con enfriamiento redujeron las pérdidas de las cooperativas lecheras",
            "Enfriar la leche dentro de las dos horas del ordeño acabó con las entregas rechazadas; las cooperativas negociaron luego una bonificación por calidad con las procesadoras.",
            "Des centres de collecte réfrigérés ont réduit les pertes des coopératives laitières",
            "Refroidir le lait dans les deux heures suivant la traite a mis fin aux livraisons refusées ; les coopératives ont ensuite négocié une prime de qualité.",
            "Centros de coleta com resfriamento reduziram as perdas das cooperativas de leite",
            "Resfriar o leite até duas horas após a ordenha acabou com as entregas rejeitadas; as cooperativas negociaram depois um bônus de qualidade com as indústrias."),
        x("A4", "32120", L, "PA",
            "Logistics parks attract light manufacturing when customs sit on site",
            "Investors chose the park with customs, inspection and bonded warehouses under one roof, not the one with the lowest rent.",
            "Los parques logísticos atraen manufactura ligera cuando la aduana está en el lugar",
            "Los inversionistas eligieron el parque con aduana, inspección y depósitos fiscales bajo un mismo techo, no el de menor alquiler.",
            "Les parcs logistiques attirent l'industrie légère quand la douane est sur place",
            "Les investisseurs ont choisi le parc réunissant douane, inspection et entrepôts sous douane, et non celui au loyer le plus bas.",
            "Parques logísticos atraem manufatura leve quando a alfândega fica no local",
            "Os investidores escolheram o parque com alfândega, inspeção e armazéns alfandegados sob o mesmo teto, e não o de aluguel mais baixo."),
        x("B1", "31120", G, "GY",
            "Grading standards raised rice millers' export prices",
            "A national standard for broken grains and moisture, checked at the mill, let millers sell by grade instead of at the lowest price.",
            "Las normas de clasificación elevaron los precios de exportación de los molinos de arroz",
            "Una norma nacional de granos partidos y humedad, verificada en el molino, permitió vender por calidad en lugar de al precio más bajo.",
            "Des normes de classement ont relevé les prix à l'exportation des rizeries",
            "Une norme nationale sur les brisures et l'humidité, contrôlée à la rizerie, a permis de vendre par qualité plutôt qu'au prix le plus bas.",
            "Normas de classificação elevaram os preços de exportação dos moinhos de arroz",
            "Uma norma nacional de grãos quebrados e umidade, verificada no moinho, permitiu vender por qualidade em vez de pelo menor preço."),
        x("C3", "23210", L, "CU",
            "Small hydropower kept rural food processors running",
            "Mini hydro schemes run by local cooperatives gave fruit and coffee processors steady power where the grid failed daily.",
            "Las pequeñas centrales hidroeléctricas mantuvieron en marcha a los procesadores rurales de alimentos",
            "Las minicentrales hidroeléctricas gestionadas por cooperativas locales dieron energía estable a procesadores de frutas y café donde la red fallaba a diario.",
            "La petite hydroélectricité a maintenu en activité les transformateurs ruraux",
            "Des microcentrales gérées par des coopératives locales ont fourni une électricité stable aux transformateurs de fruits et de café là où le réseau tombait chaque jour.",
            "Pequenas centrais hidrelétricas mantiveram funcionando os processadores rurais de alimentos",
            "Minicentrais hidrelétricas geridas por cooperativas locais deram energia estável a processadores de frutas e café onde a rede falhava todos os dias."),
        x("C6", "14010", G, "BZ",
            "Citrus processors reused wash water for irrigation",
            "Settling ponds and simple filters made the plant's wash water fit for orchards, easing the dry-season shortage.",
            "Las procesadoras de cítricos reutilizaron el agua de lavado para riego",
            "Lagunas de sedimentación y filtros sencillos hicieron apta el agua de lavado para los huertos y aliviaron la escasez de la estación seca.",
            "Les transformateurs d'agrumes ont réutilisé l'eau de lavage pour l'irrigation",
            "Des bassins de décantation et des filtres simples ont rendu l'eau de lavage utilisable dans les vergers, atténuant la pénurie de saison sèche.",
            "Processadoras de cítricos reutilizaram a água de lavagem na irrigação",
            "Lagoas de decantação e filtros simples tornaram a água de lavagem própria para os pomares e aliviaram a escassez da estação seca."),
        x("B1", "32161", L, "SR",
            "Food safety plans came before fish export licences",
            "Processors that wrote and ran hazard analysis plans a year ahead passed the importers' audit at the first visit.",
            "Los planes de inocuidad llegaron antes que las licencias de exportación de pescado",
            "Las procesadoras que redactaron y aplicaron planes de análisis de peligros un año antes aprobaron la auditoría de los importadores en la primera visita.",
            "Les plans de sécurité sanitaire ont précédé les licences d'exportation de poisson",
            "Les usines qui ont rédigé et appliqué un plan d'analyse des dangers un an à l'avance ont réussi l'audit des importateurs dès la première visite.",
            "Os planos de segurança dos alimentos vieram antes das licenças de exportação de pescado",
            "As processadoras que redigiram e aplicaram planos de análise de perigos um ano antes passaram na auditoria dos importadores na primeira visita."),
        x("C1", "41010", G, "BB",
            "Distillery vinasse treated into biogas instead of the sea",
            "An anaerobic reactor turned the rum distillery's vinasse into fuel for its own stills and stopped the discharge to the coast.",
            "La vinaza de la destilería se convirtió en biogás en lugar de ir al mar",
            "Un reactor anaerobio transformó la vinaza de la destilería de ron en combustible para sus alambiques y detuvo la descarga a la costa.",
            "La vinasse de la distillerie transformée en biogaz au lieu d'aller à la mer",
            "Un réacteur anaérobie a transformé la vinasse de la distillerie de rhum en combustible pour ses alambics et arrêté le rejet sur la côte.",
            "A vinhaça da destilaria virou biogás em vez de ir para o mar",
            "Um reator anaeróbio transformou a vinhaça da destilaria de rum em combustível para seus alambiques e acabou com o despejo na costa."),
        x("A2", "32130", L, "MX",
            "Supplier development linked small firms to automotive plants",
            "Carmakers' engineers coached small machining shops for eighteen months; the shops that passed the audit became regular suppliers.",
            "El desarrollo de proveedores vinculó a pequeñas empresas con las plantas automotrices",
            "Ingenieros de las armadoras acompañaron a pequeños talleres de maquinado durante dieciocho meses; los que aprobaron la auditoría se volvieron proveedores regulares.",
            "Le développement des fournisseurs a relié les petites entreprises aux usines automobiles",
            "Les ingénieurs des constructeurs ont accompagné de petits ateliers d'usinage pendant dix-huit mois ; ceux qui ont réussi l'audit sont devenus fournisseurs réguliers.",
            "O desenvolvimento de fornecedores ligou pequenas empresas às montadoras",
            "Engenheiros das montadoras acompanharam pequenas oficinas de usinagem por dezoito meses; as que passaram na auditoria viraram fornecedoras regulares."),
        x("A3", "32130", G, "BR",
            "University incubators turned engineering students into founders",
            "Incubators that gave access to laboratories and a first industrial client produced firms that were still trading five years later.",
            "Las incubadoras universitarias convirtieron a estudiantes de ingeniería en fundadores",
            "Las incubadoras que dieron acceso a laboratorios y a un primer cliente industrial generaron empresas que seguían activas cinco años después.",
            "Les incubateurs universitaires ont fait des étudiants ingénieurs des fondateurs",
            "Les incubateurs offrant l'accès aux laboratoires et un premier client industriel ont produit des entreprises toujours actives cinq ans plus tard.",
            "Incubadoras universitárias transformaram estudantes de engenharia em fundadores",
            "As incubadoras que deram acesso a laboratórios e a um primeiro cliente industrial geraram empresas ainda ativas cinco anos depois."),
        x("X", "32120", L, "CL",
            "Triangular cooperation shared food-safety know-how with Central America",
            "Inspectors trained by a partner agency from another region then trained their Central American peers in their own language.",
            "La cooperación triangular compartió conocimientos de inocuidad alimentaria con Centroamérica",
            "Los inspectores formados por una agencia asociada de otra región formaron luego a sus pares centroamericanos en su propio idioma.",
            "La coopération triangulaire a partagé le savoir-faire en sécurité sanitaire avec l'Amérique centrale",
            "Les inspecteurs formés par une agence partenaire d'une autre région ont ensuite formé leurs homologues centraméricains dans leur propre langue.",
            "A cooperação triangular compartilhou conhecimentos de segurança dos alimentos com a América Central",
            "Os inspetores formados por uma agência parceira de outra região formaram depois seus pares centro-americanos em sua própria língua."),
        x("B2", "32161", G, "EC",
            "Flower growers shared cold-chain logistics through a consortium",
            "Growers who booked refrigerated cargo space together cut freight costs and kept roses fresh all the way to the auction.",
            "Los floricultores compartieron la logística de cadena de frío mediante un consorcio",
            "Los productores que reservaron juntos espacio de carga refrigerada redujeron el flete y mantuvieron frescas las rosas hasta la subasta.",
            "Les producteurs de fleurs ont partagé la logistique du froid grâce à un consortium",
            "Les producteurs qui ont réservé ensemble de l'espace de fret réfrigéré ont réduit le coût du transport et gardé les roses fraîches jusqu'aux enchères.",
            "Floricultores compartilharam a logística da cadeia de frio por meio de um consórcio",
            "Os produtores que reservaram juntos espaço de carga refrigerada reduziram o frete e mantiveram as rosas frescas até o leilão."),
        x("C2", "23183", L, "AR",
            "Efficient motors in metalworking workshops saved a quarter of their electricity",
            "Replacing old motors and adding variable-speed drives paid off fastest where a technician first measured the actual loads.",
            "Los motores eficientes en talleres metalmecánicos ahorraron un cuarto de la electricidad",
            "Reemplazar motores viejos y añadir variadores de velocidad rindió antes donde un técnico midió primero las cargas reales.",
            "Des moteurs efficaces dans les ateliers de métallurgie ont économisé un quart de l'électricité",
            "Le remplacement des vieux moteurs et l'ajout de variateurs de vitesse ont été rentables plus vite là où un technicien avait d'abord mesuré les charges réelles.",
            "Motores eficientes em oficinas metalúrgicas economizaram um quarto da eletricidade",
            "Trocar motores antigos e instalar inversores de frequência compensou mais rápido onde um técnico mediu primeiro as cargas reais."));

    private final JdbcClient jdbc;
    private final DemoParts parts;
    private final Codelists codelists;
    private final ProjectCatalog projects;
    private final boolean enabled;

    LessonDemo(JdbcClient jdbc, DemoParts parts, Codelists codelists, ProjectCatalog projects, DemoSettings settings) {
        this.projects = projects;
        this.jdbc = jdbc;
        this.codelists = codelists;
        this.parts = parts;
        this.enabled = settings.enabled();
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
            // Every third lesson is published for everyone, the next for signed-in users, the next is its focal
            // point's draft: every reader sees a different part of the collection.
            String status = loaded % 3 == 2 ? "DRAFT" : "PUBLISHED";
            String audience = loaded % 3 == 1 ? "INTERNAL" : "PUBLIC";
            insert(e, status, audience, now.minusDays(12L * loaded + 1));
            loaded++;
        }
        log.info("Demo programme: {} sample lessons learned loaded", loaded);
    }

    void remove() {
        int removed = jdbc.sql("DELETE FROM lesson WHERE is_sample").update();
        if (removed > 0) {
            log.info("Demo programme: {} sample lessons learned removed", removed);
        }
    }

    private void insert(Experience e, String status, String audience, OffsetDateTime at) {
        String country = e.country();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO lesson (kind, title_en, title_es, title_fr, title_pt, text_en, text_es, text_fr, text_pt,
                                    project_id, status, audience, author, written_at, published_by, published_at,
                                    is_sample)
                VALUES (:kind, :titleEn, :titleEs, :titleFr, :titlePt, :textEn, :textEs, :textFr, :textPt, :project,
                        :status, :audience, 'demo', :at, :by, :published, TRUE)
                """)
            .param("kind", e.kind())
            .param("project", sampleProjectOf(country), java.sql.Types.BIGINT)
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
        if (codelists.isActive("Sector", e.sector())) {
            jdbc.sql("INSERT INTO lesson_sector (lesson_id, sector_code) VALUES (:id, :s)").param("id", id)
                .param("s", e.sector()).update();
        }
    }

    /** The country's first sample project, if the demo programme has one there. */
    private @Nullable Long sampleProjectOf(String country) {
        return projects.findSamples().stream()
            .filter(p -> p.countryCodes().contains(country))
            .map(ProjectCatalog.Project::id)
            .min(Long::compare).orElse(null);
    }
}
