package cn.zhaoshang.desk.project;

import java.time.LocalDate;
import java.util.UUID;

/** A major-project inspection tour (重大项目观摩): a dated route of projects to visit. */
public record InspectionTour(UUID id, int version, String name, LocalDate tourDate, String notes, int stopCount) {
}
