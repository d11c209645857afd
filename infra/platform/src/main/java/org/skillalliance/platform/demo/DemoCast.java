package org.skillalliance.platform.demo;

import java.util.List;

/**
 * Who and what the demo alliance is made of: the organisations, the skills, the courses and their cohorts. Plain data;
 * {@link DemoSeed} brings it to life through the API.
 */
final class DemoCast {

    static final String ALLIANCE = "Rhine-Main Advanced Manufacturing Skills Alliance";
    static final String ASSOCIATION = "Metal and Digital Industries Association Hesse";
    static final String FUNDER = "Hessen Skills Fund";

    private DemoCast() {}

    /** An employer: its slug names its HR login ({@code hr-<slug>}); {@code staff} is how many HR exports. */
    record Employer(String slug, String name, String sector, String region, int headcount, int staff) {

        String sizeBand() {
            if (headcount < 10) {
                return "MICRO";
            }
            if (headcount < 50) {
                return "SMALL";
            }
            return headcount < 250 ? "MEDIUM" : "LARGE";
        }

        String domain() {
            return slug + ".example";
        }
    }

    /** A training provider and its login. */
    record Provider(String username, String name, String region, String firstName, String lastName) {}

    record Skill(String code, String name, String category) {}

    /**
     * A course with how its participants tend to fare: shares of no-shows and drop-outs, and the mean skill gain of
     * those who complete.
     *
     * @param skills "CODE:level"
     */
    record Course(
            String code,
            String title,
            String description,
            int provider,
            String deliveryMode,
            String hours,
            List<String> skills,
            List<String> tags,
            String credential,
            double noShow,
            double notCompleted,
            int meanGain) {}

    /**
     * A cohort of a course, with the coordinator's cost-sharing rule.
     *
     * @param quota    seats per employer, or null
     * @param pricing  TOTAL or PER_SEAT
     * @param rule     EQUAL, PER_SEAT, PER_HEADCOUNT or BASE_PLUS_PER_SEAT
     * @param baseFee  with BASE_PLUS_PER_SEAT
     */
    record Cohort(
            String key,
            String course,
            int capacity,
            int minParticipants,
            Integer quota,
            String pricing,
            long amountMinor,
            String rule,
            Long baseFee) {}

    static final List<Employer> EMPLOYERS = List.of(
            new Employer("feinwerk", "Feinwerk Praezisionsteile GmbH", "C25.62", "DE71", 38, 14),
            new Employer("schmidt-metallbau", "Schmidt Metallbau KG", "C25.11", "DE71", 7, 5),
            new Employer("hessen-plastics", "Hessen Plastics GmbH", "C22.29", "DE73", 85, 20),
            new Employer("main-robotics", "Main Robotics AG", "C28.99", "DE71", 310, 18),
            new Employer("kinzig-werkzeugbau", "Kinzig Werkzeugbau GmbH", "C25.73", "DE71", 22, 10),
            new Employer("odenwald-cnc", "Odenwald CNC-Service", "C33.12", "DE71", 9, 6),
            new Employer("taunus-software", "Taunus Software Solutions GmbH", "J62.01", "DE71", 46, 16),
            new Employer("rhein-main-logistik", "Rhein-Main Logistik GmbH", "H52.10", "DE71", 140, 18),
            new Employer("wetterau-elektro", "Wetterau Elektrotechnik GmbH", "C27.12", "DE72", 64, 17),
            new Employer("vogelsberg-holz", "Vogelsberg Holztechnik", "C16.23", "DE72", 4, 3),
            new Employer("frankfurt-data", "Frankfurt Data Services AG", "J63.11", "DE71", 1200, 16),
            new Employer("lahn-automation", "Lahn Automation GmbH", "C28.41", "DE72", 17, 9));

    static final List<Provider> PROVIDERS = List.of(
            new Provider("provider", "Rhein-Main Technical Academy gGmbH", "DE71", "Jonas", "Keller"),
            new Provider("provider-digital", "DigitalWerk Training GmbH", "DE71", "Aylin", "Demir"));

    static final List<Skill> SKILLS = List.of(
            new Skill("CNC-PROG", "Programming CNC machine tools", "TECHNICAL"),
            new Skill("CAD-CAM", "Using CAD/CAM software", "DIGITAL"),
            new Skill("WELD-SAFE", "Welding safety and hazard control", "SAFETY"),
            new Skill("WELD-QA", "Inspecting weld quality", "TECHNICAL"),
            new Skill("ENERGY-AUDIT", "Auditing energy use of production", "GREEN"),
            new Skill("CIRCULAR", "Applying circular-economy practices", "GREEN"),
            new Skill("DATA-LIT", "Reading and building dashboards", "DIGITAL"),
            new Skill("PYTHON", "Scripting with Python", "DIGITAL"),
            new Skill("CYBER-HYG", "Practising cyber-security hygiene", "DIGITAL"),
            new Skill("SOC-ENG", "Recognising social engineering", "SAFETY"),
            new Skill("LEAN", "Improving processes with lean methods", "MANAGEMENT"),
            new Skill("SHOPFLOOR", "Managing a digital shop floor", "DIGITAL"));

    static final List<Course> COURSES = List.of(
            new Course(
                    "CNC-201",
                    "CNC programming and set-up",
                    "Programming, simulating and setting up three-axis CNC milling with CAD/CAM.",
                    0,
                    "BLENDED",
                    "24",
                    List.of("CNC-PROG:3", "CAD-CAM:2"),
                    List.of("DIGITAL"),
                    "CNC Programmer (Level 2)",
                    0.04,
                    0.10,
                    16),
            new Course(
                    "WELD-110",
                    "Welding safety and quality",
                    "Safe MAG/TIG welding, hazards, and visual and dye-penetrant inspection.",
                    0,
                    "IN_PERSON",
                    "16",
                    List.of("WELD-SAFE:3", "WELD-QA:2"),
                    List.of(),
                    "Welding Safety Certificate",
                    0.05,
                    0.08,
                    12),
            new Course(
                    "ENERGY-150",
                    "Energy efficiency in production",
                    "Metering, auditing and cutting the energy use of machines, compressed air and heat.",
                    0,
                    "BLENDED",
                    "12",
                    List.of("ENERGY-AUDIT:2", "CIRCULAR:1"),
                    List.of("GREEN"),
                    "Energy Scout",
                    0.06,
                    0.12,
                    11),
            new Course(
                    "DATA-101",
                    "Data literacy for the shop floor",
                    "From machine data to dashboards: reading, cleaning and presenting production data.",
                    1,
                    "ONLINE",
                    "14",
                    List.of("DATA-LIT:2", "PYTHON:1"),
                    List.of("DIGITAL"),
                    "Data Literacy Badge",
                    0.08,
                    0.15,
                    13),
            new Course(
                    "CYBER-120",
                    "Cyber-security basics for SMEs",
                    "Passwords, updates, phishing and what to do when something happens.",
                    1,
                    "ONLINE",
                    "8",
                    List.of("CYBER-HYG:2", "SOC-ENG:2"),
                    List.of("DIGITAL"),
                    "Cyber Hygiene Badge",
                    0.10,
                    0.06,
                    10),
            new Course(
                    "LEAN-130",
                    "Lean and digital process improvement",
                    "Value streams, waste, and digital shop-floor boards for continuous improvement.",
                    1,
                    "BLENDED",
                    "20",
                    List.of("LEAN:2", "SHOPFLOOR:2", "CIRCULAR:1"),
                    List.of("DIGITAL", "GREEN"),
                    null,
                    0.05,
                    0.14,
                    9));

    /** Seven cohorts with 164 seats; CNC, welding and lean are sought after, so their waitlists fill. */
    static final List<Cohort> COHORTS = List.of(
            new Cohort("CNC-201/1", "CNC-201", 18, 6, 3, "TOTAL", 3_600_000, "PER_SEAT", null),
            new Cohort("WELD-110/1", "WELD-110", 24, 6, null, "PER_SEAT", 45_000, "PER_SEAT", null),
            new Cohort("ENERGY-150/1", "ENERGY-150", 24, 6, 5, "TOTAL", 1_440_000, "EQUAL", null),
            new Cohort("DATA-101/1", "DATA-101", 30, 8, 6, "PER_SEAT", 38_000, "PER_SEAT", null),
            new Cohort("CYBER-120/1", "CYBER-120", 24, 8, 5, "TOTAL", 950_000, "BASE_PLUS_PER_SEAT", 10_000L),
            new Cohort("CYBER-120/2", "CYBER-120", 24, 8, 5, "TOTAL", 950_000, "PER_HEADCOUNT", null),
            new Cohort("LEAN-130/1", "LEAN-130", 20, 6, 4, "TOTAL", 2_520_000, "BASE_PLUS_PER_SEAT", 40_000L));

    /**
     * A standard skill profile the coordinator publishes for an ISCO-08 group; a profile for a minor or sub-major group
     * ({@code 25}, {@code 72}, {@code 83}) covers the unit groups in it that have no profile of their own.
     *
     * @param skills "CODE:target level"
     */
    record Profile(String isco, String name, List<String> skills) {}

    /**
     * Standards for the job roles the demo staff hold (see {@link DemoPlan}); freight handlers (9333) are left without
     * one, so the gap map has staff without a profile too.
     */
    static final List<Profile> PROFILES = List.of(
            new Profile(
                    "7223",
                    "CNC machine tool setter and operator",
                    List.of("CNC-PROG:3", "CAD-CAM:2", "LEAN:2", "DATA-LIT:1")),
            new Profile("7212", "Welder", List.of("WELD-SAFE:3", "WELD-QA:3", "ENERGY-AUDIT:1")),
            new Profile(
                    "3115",
                    "Mechanical engineering technician",
                    List.of("CAD-CAM:3", "CNC-PROG:2", "ENERGY-AUDIT:2", "DATA-LIT:2")),
            new Profile("72", "Metal and machinery trades", List.of("SHOPFLOOR:2", "ENERGY-AUDIT:2", "CYBER-HYG:1")),
            new Profile("8121", "Metal processing plant operator", List.of("ENERGY-AUDIT:2", "CIRCULAR:2", "LEAN:2")),
            new Profile(
                    "3122", "Manufacturing supervisor", List.of("LEAN:3", "SHOPFLOOR:3", "DATA-LIT:2", "CYBER-HYG:2")),
            new Profile("7411", "Industrial electrician", List.of("ENERGY-AUDIT:3", "SHOPFLOOR:2", "CYBER-HYG:2")),
            new Profile("25", "ICT professional", List.of("PYTHON:3", "DATA-LIT:3", "CYBER-HYG:3", "SOC-ENG:2")),
            new Profile("3512", "ICT user support technician", List.of("CYBER-HYG:3", "SOC-ENG:3", "DATA-LIT:2")),
            new Profile("4321", "Stock clerk", List.of("DATA-LIT:2", "LEAN:2", "CYBER-HYG:1", "SOC-ENG:2")),
            new Profile("3331", "Clearing and forwarding agent", List.of("DATA-LIT:2", "CYBER-HYG:2", "SOC-ENG:2")),
            new Profile("83", "Drivers and mobile plant operators", List.of("LEAN:2", "ENERGY-AUDIT:1")));

    /** The profile that applies to a job role, as curriculum-service resolves it: the most specific group wins. */
    static Profile profileFor(String isco) {
        Profile best = null;
        for (Profile profile : PROFILES) {
            if (isco != null
                    && isco.startsWith(profile.isco())
                    && (best == null || profile.isco().length() > best.isco().length())) {
                best = profile;
            }
        }
        return best;
    }

    static final List<String> FEMALE_NAMES = List.of(
            "Anna",
            "Lea",
            "Sophie",
            "Marie",
            "Laura",
            "Julia",
            "Sarah",
            "Katharina",
            "Elif",
            "Mia",
            "Hannah",
            "Lena",
            "Nina",
            "Zeynep",
            "Olga",
            "Petra",
            "Sabine",
            "Ines",
            "Ana",
            "Fatima",
            "Claudia",
            "Jana",
            "Monika",
            "Lisa");
    static final List<String> MALE_NAMES = List.of(
            "Lukas", "Jonas", "Felix", "Leon", "Paul", "Tim", "Jan", "Max", "Emre", "David", "Stefan", "Thomas",
            "Michael", "Ali", "Marco", "Piotr", "Andreas", "Kevin", "Dennis", "Mehmet", "Sven", "Tobias", "Daniel",
            "Luca");
    static final List<String> LAST_NAMES = List.of(
            "Mueller",
            "Schmidt",
            "Schneider",
            "Fischer",
            "Weber",
            "Meyer",
            "Wagner",
            "Becker",
            "Schulz",
            "Hoffmann",
            "Koch",
            "Richter",
            "Klein",
            "Wolf",
            "Neumann",
            "Schwarz",
            "Zimmermann",
            "Braun",
            "Krueger",
            "Hartmann",
            "Lange",
            "Werner",
            "Krause",
            "Lehmann",
            "Kaya",
            "Yilmaz",
            "Nowak",
            "Kowalski",
            "Rossi",
            "Popescu",
            "Jung",
            "Hahn",
            "Vogel",
            "Frank",
            "Berger",
            "Roth");
    static final List<String> AGE_BANDS = List.of("<25", "25-34", "35-44", "45-54", "55-64", "65+");
}
