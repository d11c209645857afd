package org.skillalliance.curriculum.skill;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.PageResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases of the skill catalogue: the only door to skills. */
@Service
public class SkillCatalogue {

    private final JdbcSkills skills;
    private final Clock clock;

    SkillCatalogue(JdbcSkills skills, Clock clock) {
        this.skills = skills;
        this.clock = clock;
    }

    /**
     * Adds a skill to the catalogue (the catalogue is shared by every alliance: coordinators and admins curate it).
     *
     * @throws ApiException.Forbidden      unless the caller is a coordinator or an admin
     * @throws ApiException.Conflict when the code (case-insensitive) or the ESCO URI is already in the catalogue
     */
    @Transactional
    public Skill add(Caller caller, String code, String name, SkillCategory category, String escoUri) {
        caller.requireAnyRole("add skills to the catalogue", Role.COORDINATOR);
        Skill skill = new Skill(UUID.randomUUID(), code, name == null ? null : name.trim(), category, escoUri);
        if (skills.codeTaken(code)) {
            throw new ApiException.Conflict("code", "a skill with code '" + code + "' already exists");
        }
        if (escoUri != null && skills.escoUriTaken(escoUri)) {
            throw new ApiException.Conflict("escoUri", "a skill with this ESCO URI already exists");
        }
        skills.insert(skill, clock.instant());
        return skill;
    }

    /** One skill, or a 404. */
    @Transactional(readOnly = true)
    public Skill get(UUID id) {
        return skills.find(id).orElseThrow(() -> new ApiException.NotFound("skill", id));
    }

    /** The skills with these ids, by id; absent ids are simply missing from the map. */
    @Transactional(readOnly = true)
    public Map<UUID, Skill> byIds(Collection<UUID> ids) {
        return skills.findAll(ids).stream().collect(Collectors.toMap(Skill::id, Function.identity()));
    }

    /**
     * A page of skills, optionally of one category and containing a text in code or name ({@code SearchText}: trimmed
     * and checked at the API's edge; null for no search).
     */
    @Transactional(readOnly = true)
    public PageResponse<Skill> list(SkillCategory category, String text, PageQuery page) {
        List<Skill> items = skills.page(category, text, page);
        return PageResponse.of(items, page, skills.count(category, text));
    }
}
