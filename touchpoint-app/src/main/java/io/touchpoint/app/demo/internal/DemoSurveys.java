package io.touchpoint.app.demo.internal;

import io.touchpoint.app.demo.scenario.HotelGroup;
import io.touchpoint.app.demo.scenario.HotelGroup.Hotel;
import io.touchpoint.app.survey.Condition;
import io.touchpoint.app.survey.Question;
import io.touchpoint.app.survey.SurveyDefinition;
import io.touchpoint.app.survey.SurveyDraft;
import io.touchpoint.app.survey.Surveys;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The demo's live surveys: a post-stay survey per hotel (sent by email) and a check-in survey per hotel (the QR code
 * at reception), so the survey pages, links and QR codes have something to show on the first start.
 */
@Component
public class DemoSurveys {

    private final Surveys surveys;

    DemoSurveys(Surveys surveys) {
        this.surveys = surveys;
    }

    /** Creates the surveys not there yet (a resumed load must not add them twice). */
    public int create() {
        int created = 0;
        for (Hotel h : HotelGroup.HOTELS) {
            if (surveys.liveForTouchpoint(h.touchpointKey("post-stay-email")).isPresent()) {
                continue;
            }
            SurveyDefinition postStay = new SurveyDefinition("How was your stay at " + h.name() + "?", null, null, null,
                    List.of(new Question.Nps("nps", "How likely are you to recommend " + h.name() + " to a friend?",
                                    true, null, null, null),
                            new Question.FreeText("wrong", "What went wrong?", false,
                                    new Condition.Score("nps", Condition.Comparison.LE, 6), 2000),
                            new Question.Csat("csat", "Overall, how satisfied were you with your stay?", true, null,
                                    null, null),
                            new Question.Ces("ces", "How easy was it to book your stay?", false, null, null, null),
                            new Question.FreeText("comment", "Anything else you would like to tell us?", false, null,
                                    2000)));
            surveys.publish(surveys.create(new SurveyDraft(h.touchpointKey("post-stay-email"), "post-stay", postStay),
                    "demo").id());
            SurveyDefinition checkIn = new SurveyDefinition("Your check-in at " + h.name(), null, null, null,
                    List.of(new Question.Csat("csat", "How satisfied are you with your check-in?", true, null, null, null),
                            new Question.FreeText("comment", "What could we do better?", false, null, 1000)));
            surveys.publish(surveys.create(new SurveyDraft(h.touchpointKey("front-desk-checkin"), "arrival", checkIn),
                    "demo").id());
            created += 2;
        }
        return created;
    }
}
