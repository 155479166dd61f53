package org.hifazat.learning;

import org.hifazat.curriculum.model.Module;

/**
 * The lesson player as one kind of learner meets it: who is learning in this request, which modules they may open,
 * and where their pages live. Pupils play assigned modules at /pupil/modules; adults play the teacher track at
 * /training/units.
 */
public interface Player {

    /** The signed-in learner; 403 for anyone else. */
    Learner learner();

    /** The module if this learner may open it now; 404 otherwise. */
    Module module(String moduleId);

    /** Addresses and look of the player's pages for this learner. */
    Place place();

    /**
     * Addresses and look of the player's pages.
     *
     * @param base the folder of the modules' pages, e.g. "/pupil/modules"
     * @param home the learner's list of modules
     * @param homeKey message key of the link back to that list
     * @param pupil whether the pages are a pupil's (big targets, badges) or an adult's
     */
    record Place(String base, String home, String homeKey, boolean pupil) {

        public String bodyClass() {
            return pupil ? "pupil" : "adult";
        }
    }
}
