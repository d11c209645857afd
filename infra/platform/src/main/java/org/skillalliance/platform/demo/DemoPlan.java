package org.skillalliance.platform.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.skillalliance.platform.demo.DemoCast.Employer;

/**
 * Every random choice of the demo, made up front from one seeded {@link Random}: HR's names, the staff each employer
 * exports, who asks for which cohort and the order in which the employers upload their enrolment files. The same seed
 * and day give the same plan; {@link DemoSeed} then plays it through the API.
 */
final class DemoPlan {

    static final long SEED = 8_2026L;

    private static final List<String> COURSE_CODES =
            List.of("CNC-201", "WELD-110", "ENERGY-150", "DATA-101", "CYBER-120", "LEAN-130");

    /** A person HR exports; {@code order} sorts them by employer, then as exported. */
    record Person(
            Employer employer,
            int index,
            int order,
            String firstName,
            String lastName,
            String email,
            LocalDate employmentStart,
            String isco,
            boolean consent,
            String gender,
            String ageBand) {}

    /** An enrolment request: a person for a cohort (by its key). */
    record Request(Person person, String cohort) {}

    final Map<String, String[]> hrNames = new LinkedHashMap<>();
    final Map<String, List<Person>> staff = new LinkedHashMap<>();
    final Map<String, List<Request>> requests = new LinkedHashMap<>();
    final List<Employer> uploadOrder = new ArrayList<>();
    /** The levels HR records for staff with a profile: managers' ratings, and some self-assessments. */
    final List<Rating> ratings = new ArrayList<>();

    /**
     * A level HR records for a person in a skill of their profile.
     *
     * @param source  MANAGER or SELF
     * @param daysAgo when it was assessed
     */
    record Rating(Person person, String skill, int level, String source, int daysAgo) {}

    private final Random random = new Random(SEED);
    private final LocalDate today;

    private DemoPlan(LocalDate today) {
        this.today = today;
    }

    static DemoPlan create(LocalDate today) {
        DemoPlan plan = new DemoPlan(today);
        plan.choose();
        return plan;
    }

    private void choose() {
        for (Employer employer : DemoCast.EMPLOYERS) {
            boolean female = random.nextBoolean();
            hrNames.put(employer.slug(), new String[] {
                pick(female ? DemoCast.FEMALE_NAMES : DemoCast.MALE_NAMES), pick(DemoCast.LAST_NAMES)
            });
        }
        for (Employer employer : DemoCast.EMPLOYERS) {
            List<Person> people = new ArrayList<>();
            Set<String> emails = new HashSet<>();
            for (int i = 0; i < employer.staff(); i++) {
                people.add(person(employer, i, emails));
            }
            staff.put(employer.slug(), people);
        }
        for (Employer employer : DemoCast.EMPLOYERS) {
            List<Request> wanted = new ArrayList<>();
            for (Person person : staff.get(employer.slug())) {
                for (String course : courses(employer)) {
                    String cohort = course.equals("CYBER-120")
                            ? (person.index() % 2 == 0 ? "CYBER-120/1" : "CYBER-120/2")
                            : course + "/1";
                    wanted.add(new Request(person, cohort));
                }
            }
            requests.put(employer.slug(), wanted);
        }
        uploadOrder.addAll(DemoCast.EMPLOYERS);
        Collections.shuffle(uploadOrder, random);
        rate(new Random(SEED + 10_000));
    }

    /**
     * About 60 % of the staff with a profile are rated by their manager in every skill of it, about 10 % assess
     * themselves (a little higher); most are at or up to two levels below the target. A random of its own, so the
     * choices above stay as they were.
     */
    private void rate(Random rating) {
        for (Employer employer : DemoCast.EMPLOYERS) {
            for (Person person : staff.get(employer.slug())) {
                DemoCast.Profile profile = DemoCast.profileFor(person.isco());
                double draw = rating.nextDouble();
                String source = draw < 0.6 ? "MANAGER" : draw < 0.7 ? "SELF" : null;
                if (profile == null || source == null) {
                    continue;
                }
                int daysAgo = 7 + rating.nextInt(150);
                for (String skill : profile.skills()) {
                    String[] parts = skill.split(":");
                    int below = weighted(List.of(0, 1, 2, 3), new double[] {0.3, 0.4, 0.22, 0.08}, rating);
                    int level = Math.max(
                            1, Math.min(5, Integer.parseInt(parts[1]) - below + (source.equals("SELF") ? 1 : 0)));
                    ratings.add(new Rating(person, parts[0], level, source, daysAgo));
                }
            }
        }
    }

    private Person person(Employer employer, int index, Set<String> emails) {
        boolean female = random.nextDouble() < (employer.sector().startsWith("J") ? 0.42 : 0.3);
        String first = pick(female ? DemoCast.FEMALE_NAMES : DemoCast.MALE_NAMES);
        String last = pick(DemoCast.LAST_NAMES);
        String local = (first + "." + last).toLowerCase(Locale.ROOT);
        String email = local + "@" + employer.domain();
        for (int n = 2; !emails.add(email); n++) {
            email = local + n + "@" + employer.domain();
        }
        LocalDate start = today.minusDays(120 + random.nextInt(365 * 15));
        String isco = pick(
                employer.sector().startsWith("J")
                        ? List.of("2512", "2514", "2511", "3512", "2521")
                        : employer.sector().startsWith("H")
                                ? List.of("4321", "8344", "3331", "8322", "9333")
                                : List.of("7223", "7212", "3115", "7233", "8121", "3122", "7411"));
        boolean consent = random.nextDouble() < 0.7;
        String gender = !consent ? "" : random.nextDouble() < 0.04 ? "undisclosed" : female ? "F" : "M";
        String ageBand =
                !consent ? "" : weighted(DemoCast.AGE_BANDS, new double[] {0.12, 0.28, 0.25, 0.2, 0.13, 0.02}, random);
        return new Person(
                employer,
                index,
                DemoCast.EMPLOYERS.indexOf(employer) * 1000 + index,
                first,
                last,
                email,
                start,
                isco,
                consent,
                gender,
                ageBand);
    }

    /** One course, sometimes two, by what the employer's sector tends to need. */
    private List<String> courses(Employer employer) {
        double[] weights = employer.sector().startsWith("J")
                ? new double[] {0, 0, 0.1, 0.35, 0.45, 0.1}
                : employer.sector().startsWith("H")
                        ? new double[] {0, 0, 0.15, 0.25, 0.35, 0.25}
                        : new double[] {0.22, 0.2, 0.2, 0.14, 0.16, 0.08};
        List<String> chosen = new ArrayList<>();
        chosen.add(weighted(COURSE_CODES, weights, random));
        if (random.nextDouble() < 0.2) {
            String second = weighted(COURSE_CODES, weights, random);
            if (!chosen.contains(second)) {
                chosen.add(second);
            }
        }
        return chosen;
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    static <T> T weighted(List<T> values, double[] weights, Random random) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double draw = random.nextDouble() * total;
        for (int i = 0; i < values.size(); i++) {
            draw -= weights[i];
            if (draw < 0) {
                return values.get(i);
            }
        }
        return values.getLast();
    }
}
