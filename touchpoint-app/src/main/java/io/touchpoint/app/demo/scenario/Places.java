package io.touchpoint.app.demo.scenario;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Where demo guests come from, and what they are called there. Small fixed lists keep the data deterministic and
 * free of real people; the share of each country reflects a European/US city-hotel guest mix.
 */
final class Places {

    record City(String name, String region) {
    }

    /**
     * @param share relative weight among guests
     * @param culture key into the name lists
     * @param homeHotelWeights Lisbon, Edinburgh, Boston
     */
    record Country(String code, double share, String culture, String language, List<City> cities,
            double[] homeHotelWeights) {

        ZoneId zone() {
            return ZoneId.of(switch (code) {
                case "GB", "IE" -> "Europe/London";
                case "PT" -> "Europe/Lisbon";
                case "US" -> "America/New_York";
                case "CA" -> "America/Toronto";
                case "AU" -> "Australia/Sydney";
                case "BR" -> "America/Sao_Paulo";
                default -> "Europe/Paris";
            });
        }
    }

    static Country country(String code) {
        return COUNTRIES.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    static final List<Country> COUNTRIES = List.of(
            new Country("GB", 24, "en", "en", cities("London:England", "Manchester:England", "Edinburgh:Scotland",
                    "Glasgow:Scotland", "Bristol:England", "Leeds:England", "Birmingham:England", "Cardiff:Wales",
                    "Belfast:Northern Ireland"), new double[] {0.38, 0.52, 0.10}),
            new Country("US", 17, "en", "en", cities("New York:New York", "Boston:Massachusetts", "Chicago:Illinois",
                    "San Francisco:California", "Seattle:Washington", "Austin:Texas", "Philadelphia:Pennsylvania",
                    "Denver:Colorado"), new double[] {0.15, 0.13, 0.72}),
            new Country("DE", 10, "de", "de", cities("Berlin:Berlin", "Munich:Bavaria", "Hamburg:Hamburg",
                    "Frankfurt:Hesse", "Cologne:North Rhine-Westphalia", "Stuttgart:Baden-Württemberg"),
                    new double[] {0.55, 0.35, 0.10}),
            new Country("FR", 8, "fr", "fr", cities("Paris:Île-de-France", "Lyon:Auvergne-Rhône-Alpes",
                    "Marseille:Provence-Alpes-Côte d'Azur", "Toulouse:Occitanie", "Bordeaux:Nouvelle-Aquitaine",
                    "Lille:Hauts-de-France"), new double[] {0.60, 0.32, 0.08}),
            new Country("PT", 7, "pt", "pt", cities("Lisbon:Lisboa", "Porto:Porto", "Braga:Braga", "Coimbra:Coimbra",
                    "Faro:Algarve"), new double[] {0.80, 0.15, 0.05}),
            new Country("ES", 6, "es", "es", cities("Madrid:Madrid", "Barcelona:Catalonia", "Valencia:Valencia",
                    "Seville:Andalusia", "Bilbao:Basque Country"), new double[] {0.65, 0.28, 0.07}),
            new Country("NL", 5, "nl", "nl", cities("Amsterdam:North Holland", "Rotterdam:South Holland",
                    "Utrecht:Utrecht", "Eindhoven:North Brabant"), new double[] {0.50, 0.42, 0.08}),
            new Country("IT", 5, "it", "it", cities("Rome:Lazio", "Milan:Lombardy", "Turin:Piedmont",
                    "Florence:Tuscany", "Bologna:Emilia-Romagna"), new double[] {0.55, 0.37, 0.08}),
            new Country("IE", 4, "en", "en", cities("Dublin:Leinster", "Cork:Munster", "Galway:Connacht"),
                    new double[] {0.40, 0.50, 0.10}),
            new Country("CA", 4, "en", "en", cities("Toronto:Ontario", "Vancouver:British Columbia",
                    "Ottawa:Ontario"), new double[] {0.15, 0.20, 0.65}),
            new Country("AU", 4, "en", "en", cities("Sydney:New South Wales", "Melbourne:Victoria",
                    "Brisbane:Queensland", "Perth:Western Australia"), new double[] {0.35, 0.45, 0.20}),
            new Country("BR", 2, "pt", "pt", cities("São Paulo:São Paulo", "Rio de Janeiro:Rio de Janeiro",
                    "Belo Horizonte:Minas Gerais"), new double[] {0.70, 0.10, 0.20}));

    static final Map<String, List<String>> FEMALE = Map.of(
            "en", List.of("Olivia", "Emma", "Sophie", "Charlotte", "Amelia", "Grace", "Emily", "Jessica", "Hannah",
                    "Lucy", "Sarah", "Rachel", "Laura", "Megan", "Chloe", "Katherine", "Elizabeth", "Margaret",
                    "Jennifer", "Rebecca", "Victoria", "Alice", "Isla", "Niamh", "Zoe", "Abigail", "Madison",
                    "Natalie", "Claire", "Fiona"),
            "de", List.of("Anna", "Lena", "Julia", "Laura", "Sarah", "Katharina", "Lea", "Hannah", "Johanna",
                    "Sophie", "Marie", "Franziska", "Susanne", "Sabine", "Claudia", "Petra", "Miriam", "Carolin"),
            "fr", List.of("Camille", "Léa", "Manon", "Chloé", "Inès", "Sarah", "Julie", "Claire", "Élodie",
                    "Mathilde", "Pauline", "Céline", "Aurélie", "Nathalie", "Sophie", "Margaux"),
            "pt", List.of("Maria", "Ana", "Beatriz", "Mariana", "Inês", "Joana", "Carolina", "Rita", "Catarina",
                    "Sofia", "Leonor", "Marta", "Teresa", "Juliana", "Fernanda", "Patrícia"),
            "es", List.of("Lucía", "María", "Paula", "Carmen", "Laura", "Elena", "Marta", "Sara", "Alba",
                    "Cristina", "Isabel", "Raquel", "Nuria", "Pilar"),
            "nl", List.of("Emma", "Julia", "Sanne", "Lotte", "Fleur", "Anouk", "Eva", "Lieke", "Femke", "Iris",
                    "Marieke", "Esther"),
            "it", List.of("Giulia", "Chiara", "Francesca", "Sara", "Martina", "Alessia", "Valentina", "Elena",
                    "Federica", "Silvia", "Laura", "Paola"));

    static final Map<String, List<String>> MALE = Map.of(
            "en", List.of("James", "Oliver", "William", "Thomas", "Jack", "Harry", "George", "Daniel", "Matthew",
                    "Michael", "Robert", "Christopher", "David", "Andrew", "Benjamin", "Samuel", "Joseph", "Ryan",
                    "Liam", "Ethan", "Alexander", "Patrick", "Callum", "Connor", "Nathan", "Edward", "Jonathan",
                    "Richard", "Anthony", "Mark"),
            "de", List.of("Lukas", "Maximilian", "Felix", "Jonas", "Leon", "Paul", "Tobias", "Florian", "Stefan",
                    "Andreas", "Thomas", "Michael", "Johannes", "Sebastian", "Matthias", "Jan", "Alexander"),
            "fr", List.of("Lucas", "Hugo", "Louis", "Thomas", "Nicolas", "Julien", "Antoine", "Maxime", "Pierre",
                    "Guillaume", "Mathieu", "Olivier", "François", "Laurent", "Alexandre", "Benoît"),
            "pt", List.of("João", "Pedro", "Tiago", "Miguel", "Rui", "Diogo", "Francisco", "André", "Nuno",
                    "Ricardo", "Gonçalo", "Luís", "Paulo", "Rafael", "Bruno", "Carlos"),
            "es", List.of("Pablo", "Javier", "Daniel", "Alejandro", "David", "Carlos", "Sergio", "Jorge", "Miguel",
                    "Antonio", "Francisco", "Manuel", "Álvaro", "Diego"),
            "nl", List.of("Daan", "Sem", "Lars", "Bram", "Thijs", "Jesse", "Ruben", "Niels", "Joost", "Pieter",
                    "Sander", "Wouter"),
            "it", List.of("Marco", "Luca", "Giuseppe", "Alessandro", "Matteo", "Andrea", "Francesco", "Lorenzo",
                    "Davide", "Simone", "Stefano", "Roberto"));

    static final Map<String, List<String>> SURNAMES = Map.of(
            "en", List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson",
                    "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson",
                    "Clarke", "Campbell", "Stewart", "MacDonald", "Murphy", "O'Brien", "Kelly", "Anderson", "Miller",
                    "Davis", "Martin", "Moore", "Lee", "Harris", "Clark", "Lewis", "Young", "King", "Scott", "Baker",
                    "Hughes", "Edwards", "Turner", "Collins", "Morgan", "Patel", "Khan", "Nguyen", "Chen"),
            "de", List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
                    "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Braun",
                    "Zimmermann", "Krüger", "Hartmann", "Lange", "Werner"),
            "fr", List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
                    "Moreau", "Simon", "Laurent", "Lefèbvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
                    "Vincent", "Fournier"),
            "pt", List.of("Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins",
                    "Jesus", "Sousa", "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Alves", "Almeida",
                    "Ribeiro", "Pinto", "Carvalho"),
            "es", List.of("García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez",
                    "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Álvarez"),
            "nl", List.of("de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen",
                    "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos"),
            "it", List.of("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
                    "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Costa"));

    /** Short forms a guest may give at the front desk; the basis of the merge conflicts in the demo. */
    static final Map<String, String> NICKNAMES = Map.ofEntries(Map.entry("William", "Bill"),
            Map.entry("Robert", "Bob"), Map.entry("Elizabeth", "Liz"), Map.entry("Katherine", "Kate"),
            Map.entry("Alexander", "Alex"), Map.entry("Margaret", "Maggie"), Map.entry("Michael", "Mike"),
            Map.entry("James", "Jim"), Map.entry("Thomas", "Tom"), Map.entry("Jennifer", "Jen"),
            Map.entry("Christopher", "Chris"), Map.entry("Jonathan", "Jon"), Map.entry("Richard", "Rick"),
            Map.entry("Benjamin", "Ben"), Map.entry("Samuel", "Sam"), Map.entry("Joseph", "Joe"),
            Map.entry("Rebecca", "Becky"), Map.entry("Victoria", "Vicky"), Map.entry("Edward", "Ed"),
            Map.entry("Katharina", "Kathi"), Map.entry("Johannes", "Hannes"), Map.entry("Maximilian", "Max"),
            Map.entry("Francisco", "Chico"), Map.entry("Alessandro", "Sandro"), Map.entry("Giuseppe", "Beppe"),
            Map.entry("Alejandro", "Álex"), Map.entry("Nicolas", "Nico"), Map.entry("Mariana", "Mari"));

    static final String[] COMPANIES = {"Northwind Consulting", "Blue Harbor Capital", "Helix Biotech",
        "Meridian Logistics", "Quantum Ledger", "Crescent Media", "Atlas Engineering", "Silverline Pharma",
        "Oakridge Partners", "Brightwave Energy", "Polaris Software", "Granite Insurance", "Lumen Analytics",
        "Evergreen Foods", "Cobalt Aerospace", "Harbourside Legal"};

    private Places() {
    }

    private static List<City> cities(String... cityRegion) {
        return java.util.Arrays.stream(cityRegion).map(s -> {
            int i = s.indexOf(':');
            return new City(s.substring(0, i), s.substring(i + 1));
        }).toList();
    }
}
