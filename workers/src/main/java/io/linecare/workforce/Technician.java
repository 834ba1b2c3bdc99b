package io.linecare.workforce;

import java.util.Set;

/**
 * A field technician.
 *
 * @param login   the Camunda login of a technician who works in Tasklist; null for the others
 * @param areaIds the areas the technician serves, the home area included
 */
public record Technician(
        String id,
        String login,
        String fullName,
        String mobile,
        String homeAreaId,
        Set<Skill> skills,
        Set<String> areaIds,
        boolean active) {

    public Technician {
        skills = Set.copyOf(skills);
        areaIds = Set.copyOf(areaIds);
    }

    public boolean has(Skill skill) {
        return skills.contains(skill);
    }
}
