package cn.zhaoshang.desk.company;

import java.util.List;
import java.util.UUID;

/**
 * What a company links to in other parts of the desk: its projects and its tasks (and, once recorded, its
 * requests), each as a line that names the record and opens it. The company detail and `company show` show
 * the same lines; the composition root makes them from the project and task services.
 */
public record CompanyLinks(List<Line> projects, List<Line> tasks) {
    public static final CompanyLinks NONE = new CompanyLinks(List.of(), List.of());

    /** One linked record: its id, its name or title, and a short description (stage and amount, status and due). */
    public record Line(UUID id, String title, String detail) {
    }

    /** Reads a company's links (off the FX thread). */
    @FunctionalInterface
    public interface Source {
        Source NONE = companyId -> CompanyLinks.NONE;

        CompanyLinks of(UUID companyId);
    }
}
