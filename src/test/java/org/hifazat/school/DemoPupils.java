package org.hifazat.school;

import java.util.List;

/** The demo class's pupils as the demo school creates them: display names and their fixed picture pairs. */
public final class DemoPupils {

    private DemoPupils() {}

    public static int count() {
        return DemoSchool.PUPILS.length;
    }

    public static String name(int index) {
        return DemoSchool.PUPILS[index];
    }

    /** The two pictures pupil {@code index} taps to sign in. */
    public static List<String> pictures(int index) {
        return List.of(DemoSchool.picturesOf(index).split("\\+"));
    }

    /** The modules assigned to the demo class. */
    public static List<String> modules() {
        return DemoSchool.DEMO_MODULES;
    }
}
