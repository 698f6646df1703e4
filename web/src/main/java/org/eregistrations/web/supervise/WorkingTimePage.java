package org.eregistrations.web.supervise;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.eregistrations.config.catalogue.ProcessingStep;
import org.eregistrations.web.file.Caller;
import org.eregistrations.web.services.PublishedServices;
import org.eregistrations.web.site.PageInfo;
import org.eregistrations.web.site.PageNotFoundException;
import org.eregistrations.web.site.Pages;
import org.eregistrations.web.site.Visit;

/**
 * Working time (supervisors): each institution's working hours by weekday and the public holidays, which processing
 * times count by. A supervisor bound to an institution sets that institution's hours; one bound to none sets every
 * institution's, the hours of institutions without their own, and the holidays.
 */
@Path("/supervise/working-time")
@Produces(MediaType.TEXT_HTML)
public class WorkingTimePage {
    private final WorkingCalendars calendars;
    private final PublishedServices services;
    private final Visit visit;
    private final Pages pages;

    WorkingTimePage(WorkingCalendars calendars, PublishedServices services, Visit visit, Pages pages) {
        this.calendars = calendars;
        this.services = services;
        this.visit = visit;
        this.pages = pages;
    }

    /** An institution's week as the form shows it: its own hours, or the hours of every institution it keeps. */
    public record Week(String institution, boolean own, List<Day> days) {}

    /** A weekday and its hours (empty when it is not worked). */
    public record Day(int number, String name, String starts, String ends) {}

    /** A public holiday. */
    public record Holiday(String day, String name) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance workingTime(
                PageInfo page, List<Week> weeks, List<Holiday> holidays, boolean national, String done, String problem);
    }

    @GET
    public Response showWorkingTime(@QueryParam("done") String done, @QueryParam("problem") String problem) {
        Caller supervisor = supervisor();
        Map<String, Map<DayOfWeek, WorkingCalendar.Hours>> weeks = calendars.weeks();
        List<Week> shown = new ArrayList<>();
        for (String institution : institutions(supervisor)) {
            Map<DayOfWeek, WorkingCalendar.Hours> own = weeks.get(institution);
            Map<DayOfWeek, WorkingCalendar.Hours> kept =
                    own != null ? own : weeks.getOrDefault(WorkingCalendars.EVERY_INSTITUTION, Map.of());
            List<Day> days = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                WorkingCalendar.Hours hours = kept.get(day);
                days.add(new Day(
                        day.getValue(),
                        "wt_day_" + day.getValue(),
                        hours == null ? "" : hours.starts().toString(),
                        hours == null ? "" : hours.ends().toString()));
            }
            shown.add(new Week(institution, own != null, days));
        }
        List<Holiday> holidays = new ArrayList<>();
        calendars.holidays().forEach((day, name) -> holidays.add(new Holiday(day.toString(), name)));
        return pages.html(Templates.workingTime(
                visit.info(),
                shown,
                holidays,
                supervisor.institution() == null,
                "saved".equals(done) ? "wt_saved" : null,
                "hours".equals(problem) ? "wt_problem_hours" : "day".equals(problem) ? "wt_problem_day" : null));
    }

    @POST
    @Path("hours")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveHours(MultivaluedMap<String, String> form) {
        visit.checkCsrf(form.getFirst(Visit.CSRF_FIELD));
        Caller supervisor = supervisor();
        String institution = form.getFirst("institution") == null ? "" : form.getFirst("institution");
        if (!institutions(supervisor).contains(institution)) {
            throw new PageNotFoundException();
        }
        if ("true".equals(form.getFirst("forget"))) {
            calendars.forgetWeek(institution);
            return pages.redirect("/supervise/working-time?done=saved");
        }
        Map<DayOfWeek, WorkingCalendar.Hours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            String starts = form.getFirst("starts-" + day.getValue());
            String ends = form.getFirst("ends-" + day.getValue());
            if (blank(starts) && blank(ends)) {
                continue;
            }
            try {
                week.put(
                        day, new WorkingCalendar.Hours(LocalTime.parse(starts.strip()), LocalTime.parse(ends.strip())));
            } catch (DateTimeException | IllegalArgumentException | NullPointerException e) {
                return pages.redirect("/supervise/working-time?problem=hours");
            }
        }
        calendars.saveWeek(institution, week);
        return pages.redirect("/supervise/working-time?done=saved");
    }

    @POST
    @Path("holidays")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveHoliday(MultivaluedMap<String, String> form) {
        visit.checkCsrf(form.getFirst(Visit.CSRF_FIELD));
        if (supervisor().institution() != null) {
            throw new PageNotFoundException(); // holidays are the country's: set by a supervisor of every institution
        }
        String name = form.getFirst("name") == null ? "" : form.getFirst("name").strip();
        try {
            LocalDate day = LocalDate.parse(
                    form.getFirst("day") == null ? "" : form.getFirst("day").strip());
            if ("true".equals(form.getFirst("remove"))) {
                calendars.removeHoliday(day);
            } else if (name.isEmpty() || name.length() > 200) {
                return pages.redirect("/supervise/working-time?problem=day");
            } else {
                calendars.addHoliday(day, name);
            }
        } catch (DateTimeException e) {
            return pages.redirect("/supervise/working-time?problem=day");
        }
        return pages.redirect("/supervise/working-time?done=saved");
    }

    private Caller supervisor() {
        Caller caller = visit.caller();
        if (!caller.has(Caller.SUPERVISOR)) {
            throw new PageNotFoundException();
        }
        return caller;
    }

    /** The institutions whose hours the supervisor sets: theirs, or every one of the services and the default (""). */
    private List<String> institutions(Caller supervisor) {
        if (supervisor.institution() != null) {
            return List.of(supervisor.institution());
        }
        TreeSet<String> institutions = new TreeSet<>();
        institutions.add(WorkingCalendars.EVERY_INSTITUTION);
        for (var published : services.all()) {
            for (ProcessingStep step : published.catalogue().processingSteps()) {
                if (step.institution() != null) {
                    institutions.add(step.institution());
                }
            }
        }
        return List.copyOf(institutions);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
