package cn.zhaoshang.desk.company.ui;

import cn.zhaoshang.desk.company.Choice;
import cn.zhaoshang.desk.company.CodeChoice;
import cn.zhaoshang.desk.company.CompanyService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the company screens offer in pickers, read once in the background when the screen opens:
 * teams, people, chain nodes, tags in use, regions and industries; plus who is signed in.
 */
public record CompanyChoices(List<Choice> teams, List<Choice> people, List<Choice> chainNodes, List<String> tags,
                             List<CodeChoice> divisions, List<CodeChoice> industries, UUID myPersonId,
                             List<UUID> myTeams) {
    public static final CompanyChoices EMPTY = new CompanyChoices(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), null, List.of());

    /** Reads everything; call it off the UI thread. */
    public static CompanyChoices load(CompanyService companies, UUID myPersonId) {
        return new CompanyChoices(companies.teams(), companies.people(null), companies.chainNodes(), companies.tags(),
                companies.divisions(), companies.industries(), myPersonId, companies.myTeams());
    }

    public Optional<Choice> team(UUID id) {
        return teams.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Choice> person(UUID id) {
        return people.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Choice> chainNode(UUID id) {
        return chainNodes.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public UUID myTeam() {
        return myTeams.isEmpty() ? null : myTeams.get(0);
    }

    /** Children of each code (null key = the top level), for cascading pickers. */
    public static Map<String, List<CodeChoice>> children(List<CodeChoice> codes) {
        Map<String, List<CodeChoice>> map = new HashMap<>();
        for (CodeChoice c : codes) {
            map.computeIfAbsent(c.parentCode(), k -> new ArrayList<>()).add(c);
        }
        return map;
    }
}
