package cn.zhaoshang.desk.company;

import cn.zhaoshang.desk.common.text.TextNormalizer;
import cn.zhaoshang.desk.common.text.Uscc;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Tidies what a user typed before rules are checked: outer and repeated spaces go, empty becomes
 * null; codes, phone numbers and e-mail are width-folded (全角 → 半角). Names keep their full-width
 * brackets as written, since that is how registered Chinese names are spelt.
 */
public final class CompanyInput {
    private CompanyInput() {
    }

    public static String text(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replace('\u3000', ' ').strip().replaceAll("[ \\t]{2,}", " ");
        return t.isEmpty() ? null : t;
    }

    public static CompanyData clean(CompanyData d) {
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        d.tags().forEach(t -> {
            String c = text(t);
            if (c != null) {
                tags.add(c);
            }
        });
        return d.toBuilder().uscc(Uscc.normalize(d.uscc())).name(text(d.name())).shortName(text(d.shortName()))
                .legalRep(text(d.legalRep())).divisionCode(text(d.divisionCode())).address(text(d.address()))
                .industryCode(text(d.industryCode())).fundName(text(d.fundName()))
                .website(TextNormalizer.clean(d.website())).notes(text(d.notes())).tags(List.copyOf(tags))
                .chainNodeIds(List.copyOf(new LinkedHashSet<>(d.chainNodeIds()))).build();
    }

    public static Contact clean(Contact c) {
        return new Contact(c.id(), c.version(), c.companyId(), text(c.name()), text(c.title()),
                TextNormalizer.clean(c.mobile()), TextNormalizer.clean(c.phone()), TextNormalizer.clean(c.email()),
                TextNormalizer.clean(c.wechat()), c.primary(), text(c.consentNote()));
    }

    public static Interaction.Draft clean(Interaction.Draft v) {
        return new Interaction.Draft(v.occurredOn(), v.kind(), text(v.ourParticipants()), text(v.theirParticipants()),
                text(v.summary()), text(v.nextStep()), v.nextStepDueOn());
    }
}
