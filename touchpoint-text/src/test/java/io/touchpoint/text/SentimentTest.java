package io.touchpoint.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SentimentTest {

    private final TextAnalyzer analyzer = TextAnalyzer.withDefaults();

    private double score(String text) {
        return analyzer.analyze(text).sentiment().score();
    }

    private SentimentLabel label(String text) {
        return analyzer.analyze(text).sentiment().label();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The room was good.                                   | POSITIVE
            The room was not good.                               | NEGATIVE
            The room was not bad.                                | POSITIVE
            The staff were rude and unhelpful.                   | NEGATIVE
            We checked in at noon and went to the beach.         | NEUTRAL
            The room could have been cleaner.                    | NEGATIVE
            Breakfast could have been better.                    | NEGATIVE
            The spa was nothing to write home about.             | NEGATIVE
            It left a lot to be desired.                         | NEGATIVE
            I can't recommend this hotel enough.                 | POSITIVE
            Couldn't fault the staff.                            | POSITIVE
            Nothing was too much trouble for the team.           | POSITIVE
            Worth every penny.                                   | POSITIVE
            We waited 45 minutes for our room.                   | NEGATIVE
            There was no kettle in the room.                     | NEGATIVE
            We will never stay there again.                      | NEGATIVE
            Would definitely stay again!                         | POSITIVE
            Great stay 😀                                        | POSITIVE
            Awful stay 😡                                        | NEGATIVE
            Lovely :)                                            | POSITIVE
            Meh :(                                               | NEGATIVE
            The room was too small.                              | NEGATIVE
            Housekeeping never cleaned our room.                 | NEGATIVE
            They didn't bring the bread until we asked.          | NEGATIVE
            No one greeted us at the desk.                       | NEGATIVE
            We had to flag down a waiter.                        | NEGATIVE
            The prices were high.                                | NEGATIVE
            We didn't see our server for 30 minutes.             | NEGATIVE
            We never get bored of the menu.                      | POSITIVE
            No one makes a better pizza.                         | POSITIVE
            We weren't there for more than an hour.              | NEUTRAL
            They charge $6 for a bottle of water.                | NEGATIVE
            Breakfast is about $9.                               | NEUTRAL
            Where was the manager?                               | NEGATIVE
            Why go anywhere else?                                | NEUTRAL
            They were out of towels.                             | NEGATIVE
            The desserts were out of this world.                 | POSITIVE
            I don't understand what the fuss is about.           | NEGATIVE
            We were less than impressed.                         | NEGATIVE
            The welcome was nothing less than wonderful.         | POSITIVE
            Good luck getting a table.                           | NEGATIVE
            He took our order without so much as a smile.        | NEGATIVE
            Nothing on the menu was particularly memorable.      | NEGATIVE
            No one at the front desk was friendly.               | NEGATIVE
            None of the staff were rude.                         | POSITIVE
            I have never had cheesecake like this.               | POSITIVE
            I will stop by again next time I am in town.         | POSITIVE
            She spilled wine on my jacket and did not stop to apologize. | NEGATIVE
            Nobody bothered to check on us.                      | NEGATIVE
            The dinner was ok, nothing I would have again.       | NEGATIVE
            Service is not what you would expect at this price.  | NEGATIVE
            The steak was cooked just right.                     | POSITIVE
            There should be more places like it in this city.    | POSITIVE
            The staff should be more attentive.                  | NEGATIVE
            I recommend making a reservation on weekends.        | NEUTRAL
            I highly recommend the duck.                         | POSITIVE
            It used to be good, but not any longer.              | NEGATIVE
            My loyalty points were never credited.               | NEGATIVE
            Loyalty points still have not shown up on my account. | NEGATIVE
            The refund still has not been processed.             | NEGATIVE
            Staff were friendly but the room was not ready at 3pm. | NEGATIVE
            Check-in queue was long and only one person at the desk. | NEGATIVE
            Check out took ages.                                 | NEGATIVE
            Check out the rooftop bar!                           | POSITIVE
            The booking website kept crashing on payment.        | NEGATIVE
            Housekeeping skipped our room two days in a row.     | NEGATIVE
            The AC rattled all night.                            | NEGATIVE
            We booked the spa in advance.                        | NEUTRAL
            Watching the sunset from the terrace was magic.      | POSITIVE
            The breakfast buffet had something for everyone.     | POSITIVE
            There are much better places in town.                | NEGATIVE
            You can eat much better in many other restaurants nearby. | NEGATIVE
            It is worth searching for another hotel.             | NEGATIVE
            This is one of the better places in town.            | POSITIVE
            There is no better place in town.                    | POSITIVE
            I have stayed at other hotels in the chain and this one is the best. | POSITIVE
            Better than other hotels in the area.                | POSITIVE
            Reception staff seemed overwhelmed and unhelpful.    | NEGATIVE
            We were overwhelmed by the kindness of the staff.    | POSITIVE
            The safe didn't work.                                | NEGATIVE
            It is a safe area.                                   | POSITIVE
            Our room overlooked the river.                       | NEUTRAL
            Slept like a log.                                    | POSITIVE
            Could not sleep a wink.                              | NEGATIVE
            Did not live up to the hype.                         | NEGATIVE
            The pillows were like rocks.                         | NEGATIVE
            They let us check in early.                          | POSITIVE
            We had to change rooms twice.                        | NEGATIVE
            The hotel is showing its age.                        | NEGATIVE
            They had no record of our booking.                   | NEGATIVE
            The bill had items we never ordered.                 | NEGATIVE
            Everything tasted like it came out of a microwave.   | NEGATIVE
            My pasta was swimming in oil.                        | NEGATIVE
            Go somewhere else.                                   | NEGATIVE
            I won't be rushing back.                             | NEGATIVE
            Once was enough.                                     | NEGATIVE
            Reservations are a must.                             | NEUTRAL
            Our glasses were never empty.                        | POSITIVE
            We never felt rushed.                                | POSITIVE
            Great, another hour waiting for our room.            | NEGATIVE
            Oh wonderful, the elevator is broken again.          | NEGATIVE
            Great, we will be back again!                        | POSITIVE
            Thanks for nothing.                                  | NEGATIVE
            The best part was leaving.                           | NEGATIVE
            They apologised but did nothing.                     | NEGATIVE
            The room had everything we needed.                   | POSITIVE
            The breakfast could have had more choice.            | NEGATIVE
            Check-in is at 3pm and check-out at 11am.            | NEUTRAL
            Definitely check out the spa.                        | POSITIVE
            The waiter recommended the special.                  | NEUTRAL
            We ordered the duck and the salmon.                  | NEUTRAL
            The hotel has a pool, a gym and a spa.               | NEUTRAL
            We were promised a great view and got a car park.    | NEGATIVE
            The room was exactly as advertised.                  | POSITIVE
            I don't need overpriced food and rude staff.         | NEGATIVE
            We did not want a dirty room after a long flight.    | NEGATIVE
            I didn't expect such rude service.                   | NEGATIVE
            I didn't expect such a warm welcome.                 | POSITIVE
            We didn't need a car because the metro is close.     | NEUTRAL
            If you want good coffee this is not the place to go. | NEGATIVE
            If you want a quiet room, ask for the top floor.     | NEUTRAL
            There was no proper hot water for three days.        | NEGATIVE
            The receptionist was more interested in her phone than in us. | NEGATIVE
            Don't be fooled by the nice lobby.                   | NEGATIVE
            I can't understand why people like this place.       | NEGATIVE
            I have no idea why this place is so highly rated.    | NEGATIVE
            I can see why everyone loves this hotel.             | POSITIVE
            I don't know how they keep it so clean, but they do. | POSITIVE
            Great if you enjoy being ignored.                    | NEGATIVE
            If you like waiting, you'll love this place.         | NEGATIVE
            If you like loud music, you'll love this bar.        | POSITIVE
            What a waste of a beautiful location.                | NEGATIVE
            I really wanted to like this hotel.                  | NEGATIVE
            It was anything but relaxing.                        | NEGATIVE
            The decor is nice, but that's about it.              | NEGATIVE
            I would not send my worst enemy here.                | NEGATIVE
            A friend had recommended it to us.                   | NEUTRAL
            We went back every morning for the pastries.         | NEUTRAL
            The steak melted in my mouth.                        | POSITIVE
            They made a cake for my daughter without being asked. | POSITIVE
            Check-in took forty-five minutes.                    | NEGATIVE
            It only took five minutes to check in.               | NEUTRAL
            Nobody at reception spoke to us.                     | NEGATIVE
            Everyone at reception spoke English.                 | NEUTRAL
            We could hear every word from the room next door.    | NEGATIVE
            The bed sagged in the middle.                        | NEGATIVE
            The pizza was good ten years ago.                    | NEGATIVE
            We first came here ten years ago and loved it.       | POSITIVE
            A great location wasted on mediocre food.            | NEGATIVE
            It's a nice place, but the food doesn't live up to it. | NEGATIVE
            The lovely hostess could not make up for the rude waiter. | NEGATIVE
            Not sure what all the fuss is about.                 | NEGATIVE
            Please train your staff.                             | NEGATIVE
            Nothing really came across as outstanding.           | NEGATIVE
            Other places ask how hot you want it, but they didn't. | NEGATIVE
            Nothing on the menu is less than amazing.            | POSITIVE
            I will never forget the amazing meal.                | POSITIVE
            It doesn't get any better than that.                 | POSITIVE
            They couldn't have cared less.                       | NEGATIVE
            It was a great disappointment.                       | NEGATIVE
            What a great find.                                   | POSITIVE
            This is sad for what once was one of the best places. | NEGATIVE
            Once we were seated, the food was great.             | POSITIVE
            I was extremely dissappointed by the service.        | NEGATIVE
            The place was recommended in our guidebook.          | NEUTRAL
            My husband, who hates fish, had the chicken.         | NEUTRAL
            They only accept cash.                               | NEUTRAL
            We were looking for a quick lunch.                   | NEUTRAL
            Give it a try!                                       | POSITIVE
            We were starving after the flight.                   | NEUTRAL
            Our flight was delayed, so we checked in late.       | NEUTRAL
            My wife doesn't like spicy food.                     | NEUTRAL
            My wife doesn't like the new menu.                   | NEGATIVE
            I was sick after eating the fish.                    | NEGATIVE
            The train noise was unbearable.                      | NEGATIVE
            We were tired and the bed was awful.                 | NEGATIVE
            Our guide knew everything about the history of the city. | POSITIVE
            Pick-up from the hotel was right on time.            | POSITIVE
            The bus was forty minutes late to pick us up.        | NEGATIVE
            We arrived 20 minutes late.                          | NEUTRAL
            We were herded around like cattle.                   | NEGATIVE
            Comfortable shoes are recommended.                   | NEUTRAL
            Nobody answers emails.                               | NEGATIVE
            My steak was ordered medium rare and came out well done. | NEGATIVE
            Well done to the kitchen team!                       | POSITIVE
            They added a service charge without telling us.      | NEGATIVE
            The table wobbled the whole meal.                    | NEGATIVE
            They gave our room away because we arrived after midnight. | NEGATIVE
            The doorman remembered us from last year.            | POSITIVE
            Two hours of our lives we won't get back.            | NEGATIVE
            The spa is on the lower ground floor.                | NEUTRAL
            The room was not big enough for three.               | NEGATIVE
            The gym was a treadmill in a cupboard.               | NEGATIVE
            """)
    void labelsReviewLanguage(String text, SentimentLabel expected) {
        assertThat(label(text.trim())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            I do not want to sound negative but it was fine.
            We were more interested in the beach than the pool.
            Make sure you dress properly.
            I don't know why, but I loved it.
            """)
    void disclaimersOwnPrioritiesAndPlainWordsAreNotComplaints(String text) {
        assertThat(label(text.trim())).isNotEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void rulesHoldAtTheEdgesOfATextAndOfItsSentences() {
        // Every phrase a rule looks for, alone, opening a text, closing it, and after another sentence: the rules
        // look left and right of a word and must not step outside the sentence (a text opening with "More
        // interested in ... than" once did).
        String[] triggers = {"more interested in it than", "cared more about", "fooled by", "waste of", "wasted on",
            "if you like waiting", "if you enjoy", "once was", "years ago", "back in the day", "but they didn't",
            "the service was not", "nobody at reception spoke", "no one from", "don't need rude",
            "didn't expect such great", "not one was", "came across as", "less than", "never forget", "worst enemy",
            "great disappointment", "my wife doesn't like", "our flight was delayed", "we were tired", "who hates",
            "a friend recommended", "recommended by a friend", "came recommended", "can't understand why people",
            "took forty - five minutes", "twenty", "minutes", "ago", "than", "once", "who", "if you", "more"};
        for (String t : triggers) {
            for (String text : new String[] {t, t + ".", t + " the room.", "The room. " + t, "Great. " + t + "!",
                t.toUpperCase(java.util.Locale.ROOT) + "?"}) {
                double score = score(text);
                assertThat(score).as(text).isBetween(-1.0, 1.0);
            }
        }
    }

    @Test
    void intensifiersStrengthenAndDowntonersSoften() {
        assertThat(score("The room was very good.")).isGreaterThan(score("The room was good."));
        assertThat(score("The room was extremely noisy.")).isLessThan(score("The room was noisy."));
        assertThat(score("The room was a bit noisy.")).isGreaterThan(score("The room was noisy."))
                .isNegative();
    }

    @Test
    void repeatedPunctuationCapitalsAndElongationAddEmphasis() {
        double plain = score("The breakfast was great.");
        assertThat(score("The breakfast was great!!!")).isGreaterThan(plain);
        assertThat(score("The breakfast was GREAT.")).isGreaterThan(plain);
        assertThat(score("The breakfast was greaaat.")).isGreaterThan(plain);
        // A text in capitals throughout is not shouting word by word.
        assertThat(score("THE BREAKFAST WAS GREAT.")).isCloseTo(plain, org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void butMakesTheSecondClauseWeighMore() {
        assertThat(score("The room was small but the staff were lovely.")).isPositive();
        assertThat(score("The staff were lovely but the room was filthy.")).isNegative();
    }

    @Test
    void althoughMakesItsOwnClauseWeighLess() {
        assertThat(score("Although the room was small, the staff were wonderful.")).isPositive();
        assertThat(score("The staff were wonderful, although the room was small."))
                .isGreaterThan(score("The staff were wonderful, but the room was small."));
    }

    @Test
    void mixedTextsAreRecognised() {
        Sentiment s = analyzer.analyze("The staff were friendly but the room was filthy.").sentiment();
        assertThat(s.mixed()).isTrue();
        assertThat(analyzer.analyze("The staff were friendly and the room was spotless.").sentiment().mixed())
                .isFalse();
    }

    @Test
    void typosOfOpinionWordsStillCount() {
        assertThat(label("The staff were freindly and the food delicous.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("Very dissapointing stay.")).isEqualTo(SentimentLabel.NEGATIVE);
        // A changed letter counts in long words only.
        assertThat(label("The food was magnificant.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("I would recommand it.")).isEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void contractionsWithoutApostrophesNegateAndMatchPhrases() {
        assertThat(label("I didnt like the food.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("Wouldnt go back.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("The food did n't taste good.")).isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void ratingsWrittenInTheTextCountByTheirScore() {
        assertThat(label("5/5 would eat here again.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("Four and a half stars.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("I'd give it 1 star if I could.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("2/10, the food was cold.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(score("8 out of 10.")).isPositive().isLessThan(score("10 out of 10."));
        // Three out of five is neither; a hotel's class and a date are no rating.
        assertThat(label("I'd give it 3 out of 5.")).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(label("It's a 4 star hotel.")).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(label("We arrived on 5/10 and left on 1/10.")).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(label("The bill was 1/5 of what we paid in Paris.")).isEqualTo(SentimentLabel.NEUTRAL);
    }

    @Test
    void praiseAndComplaintsWithoutAnOpinionWord() {
        assertThat(label("They know how to cook fish.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("They don't know what they are doing.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("You won't leave hungry.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("The chicken was pink inside.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("The shower had no pressure.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("The bill had items we didn't order.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("The scallops stole the show.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("The wine was corked.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("We asked for the check three times.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("I sent it back.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("I ordered medium rare and got well done.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("I have been here three times.")).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(label("They sent us back to reception.")).isEqualTo(SentimentLabel.NEUTRAL);
        // Better found elsewhere is a complaint; better than anywhere else, or than by anyone, is praise.
        assertThat(label("Better Thai food can be had a block away.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("I make better pasta at home.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("The pasta is better than what I make at home.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("Nobody does brunch better.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("No other place in town does a better burger.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("For the price, you can do much better.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("We live two blocks away.")).isEqualTo(SentimentLabel.NEUTRAL);
        // A phrase that says its words are no opinion ("felt like") does not swallow one that starts inside it.
        assertThat(label("We felt like royalty.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("I felt like a number.")).isEqualTo(SentimentLabel.NEGATIVE);
        // A price said to be small is praise of value; an amount told is not.
        assertThat(label("Lunch specials for only $6.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("All this for under 20 euros.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("The bill came to just under $100.")).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(label("We only had $20 so we shared.")).isEqualTo(SentimentLabel.NEUTRAL);
        // Someone else's praise is not the guest's; irony in quotes is a complaint.
        assertThat(label("The waiter said the fish was excellent today.")).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(label("Everyone told us this place was amazing, so we were really let down."))
                .isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("The waiter told us the fish was fresh, but it clearly wasn't."))
                .isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("I told the chef it was the best steak I've had.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("That said, the food was excellent.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("I'm told it is open all night, which is great.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("Our \"friendly\" waiter never smiled once.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("So-called fine dining.")).isEqualTo(SentimentLabel.NEGATIVE);
        // Praise aimed at a complaint is sarcasm; praise of something pleasant stays praise.
        assertThat(label("Thanks for ruining my birthday.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("I love how they ignore you once you've paid.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("Loved waiting 45 minutes for cold food.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("Great service, said no one ever.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("Oh great, the music is even louder now.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("I'd love to tell you about the food, but it never came.")).isNotEqualTo(
                SentimentLabel.POSITIVE);
        assertThat(label("I love how cozy the dining room is.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("Five stars for the ability to ignore customers.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("Five stars for the friendly staff.")).isEqualTo(SentimentLabel.POSITIVE);
        // Praise at one remove: what a regret says was wasted, a guess under a condition.
        assertThat(label("It is a shame because the location is great.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("I'm sure the food is great if you can ever get served.")).isNotEqualTo(
                SentimentLabel.POSITIVE);
        assertThat(label("I'm sure you'll love it.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("Thanks for a lovely evening.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("I'd love to come back.")).isEqualTo(SentimentLabel.POSITIVE);
        // Praise in words of denial.
        assertThat(label("No need to look elsewhere.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("Not too sweet.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("It lives up to its reputation.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("It never lived up to its reputation.")).isEqualTo(SentimentLabel.NEGATIVE);
        // A companion's taste in general is why they came, not what they found; a dietary label is a fact.
        assertThat(label("My girlfriend loves sushi, so we tried this place.")).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(label("My wife loved the fish.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("They have a gluten-free menu.")).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(label("I'm not a big fan of seafood, so I ordered the chicken.")).isEqualTo(
                SentimentLabel.NEUTRAL);
        assertThat(label("I'm not a fan of this place.")).isEqualTo(SentimentLabel.NEGATIVE);
        // Telling the reader what to order is praise; logistics are not.
        assertThat(label("Get the pork buns.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("Make sure to try the tiramisu.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("Get there early.")).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(label("Order at the counter.")).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(label("Make sure to get a reservation.")).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(label("We cleaned our plates.")).isEqualTo(SentimentLabel.POSITIVE);
        // A word of complaint used as an intensifier.
        assertThat(label("The desserts are dangerously good.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("The service was shockingly slow.")).isEqualTo(SentimentLabel.NEGATIVE);
        // A denial that is itself the complaint is not turned into praise.
        assertThat(label("The food isn't what it used to be.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("It's no better than a diner.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("You can't hear yourself think.")).isEqualTo(SentimentLabel.NEGATIVE);
    }

    /** Ninth session: sentences written for the purpose; each failed before its change. */
    @Test
    void discourseMarkersSurpriseFramesAndInvertedNegation() {
        // "to be honest" announces the verdict; "honest" staff are still praise
        assertThat(label("To be honest, I've had better frozen pizza.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("In all honesty, the room was filthy.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("To be honest, we only came for a drink.")).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(label("The staff were honest and helpful.")).isEqualTo(SentimentLabel.POSITIVE);
        // keeping away is no invitation to stay
        assertThat(label("Stay far away from this place.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("Stay here if you can.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("The food quality has decreased over the years.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("The rooms have deteriorated badly.")).isEqualTo(SentimentLabel.NEGATIVE);
        // what surprised decides
        assertThat(label("All my co-workers were amazed at how small the dish was.")).isEqualTo(
                SentimentLabel.NEGATIVE);
        assertThat(label("We were amazed at how good the food was.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("I was shocked at how dirty the room was.")).isEqualTo(SentimentLabel.NEGATIVE);
        // a negated time with an inverted auxiliary denies its verb however far away
        assertThat(label("We've been there three times and not once has an item on the menu disappointed."))
                .isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("Never once did we feel rushed by the staff.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("Not once was I disappointed.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("What once was one of the best places in town is now a dump.")).isEqualTo(
                SentimentLabel.NEGATIVE);
        assertThat(label("Not once did the waiter smile at us.")).isEqualTo(SentimentLabel.NEGATIVE);
        // a regret "about" something concedes the praise before it
        assertThat(label("Great location, shame about everything else.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("Once a great spot, now just another tourist trap.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("Best avoided.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("Friendly staff but they had no idea what they were doing.")).isEqualTo(
                SentimentLabel.NEGATIVE);
        assertThat(label("The service varies, sometimes they're very nice and sometimes not.")).isNotEqualTo(
                SentimentLabel.POSITIVE);
        assertThat(label("I usually love this kind of place, but not this time.")).isNotEqualTo(
                SentimentLabel.POSITIVE);
        assertThat(label("Great concept, poor execution.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("It's all style and no substance.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("The best I can say is that it was edible.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("My only regret is not coming sooner.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("I want my money back.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("This was our last visit.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("You'd be crazy not to try it.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("It would be a crime not to order the dessert.")).isEqualTo(SentimentLabel.POSITIVE);
        // praise in words of complaint, and the complaints beside them
        assertThat(label("It ruined all other pizza for me.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("We couldn't find a single fault.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("Ignore the negative reviews, this place is fantastic.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("I would kill for that cheesecake.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("Nobody came to check on us.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("I was put off by the smell.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("We were stuffed into a tiny corner table.")).isEqualTo(SentimentLabel.NEGATIVE);
        // hotel stays
        assertThat(label("Housekeeping walked in on us twice.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("The gym is a cupboard with one treadmill.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("The air conditioning sounded like a jet engine.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("The staff seemed uninterested.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("The bed was two singles pushed together.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("The curtains didn't block any light.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("The window wouldn't close.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("The little touches made our stay.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("Right in the heart of the old town.")).isEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void theBestOfSomethingBesideThePointIsAComplaint() {
        assertThat(label("The best thing about the place is the parking.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("The highlight was leaving.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("The best part of the evening was the taxi home.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("The best thing about the place is the food.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("The highlight was the tasting menu.")).isEqualTo(SentimentLabel.POSITIVE);
        // a low bar, conceded praise, praise of the promise
        assertThat(label("Good enough if you're desperate.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("If you are the type of person who likes being scared and entertained, this is a great "
                + "place.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("Great menu, shame they were out of half of it.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("The menu promises a lot more than the kitchen delivers.")).isEqualTo(
                SentimentLabel.NEGATIVE);
        assertThat(label("It looks better than it tastes.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("My dog cooks better than this.")).isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void whatCameInsteadOfWhatWasAskedForIsAComplaint() {
        assertThat(label("The steak was well done when I asked for medium rare.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("We got a lovely twin room even though we had requested a double.")).isEqualTo(
                SentimentLabel.NEGATIVE);
        // a time, and a concession, are not requests left unmet
        assertThat(label("They were very helpful when we asked for directions.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("The kitchen was lovely even though we ordered late.")).isEqualTo(SentimentLabel.POSITIVE);
        // restaurant complaints without opinion words, and praise
        assertThat(label("The chicken was still pink in the middle.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("They brought the mains before we had finished our starters.")).isEqualTo(
                SentimentLabel.NEGATIVE);
        assertThat(label("The steak was cooked exactly as I asked.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("We left stuffed.")).isEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void whatWasAskedForIsNotWhatWasFound() {
        assertThat(label("We had to ask three times for clean towels.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("We asked for extra pillows and never got them.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("Ask for Maria at the bar, she is wonderful.")).isEqualTo(SentimentLabel.POSITIVE);
        // hotel stays
        assertThat(label("There was no plug near the bed.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("The room had not been hoovered.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("We were told there was nothing they could do.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("Check-in was a breeze.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("They thought of everything.")).isEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void aWalkIsNearOrFarButAnOutingIsNeither() {
        assertThat(label("The beach is a five-minute walk from the hotel.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("Five minutes' walk from the station.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("It's a 40 minute walk to the centre.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("It is an hour's walk from the old town.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("The museum is a 15 minute walk away.")).isEqualTo(SentimentLabel.NEUTRAL);
        // the guest's outing is neither a distance nor a wait
        assertThat(label("We took a 30 minute walk along the river.")).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(label("It took 30 minutes to get our food.")).isEqualTo(SentimentLabel.NEGATIVE);
        // hotel stays
        assertThat(label("The door slammed all night.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("Someone else's hair was in the bed.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("Not a patch on what it used to be.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("We felt really looked after.")).isEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void shortagesPlentyAndSurchargesWithoutAnOpinionWord() {
        SentimentLabel n = SentimentLabel.NEGATIVE;
        SentimentLabel p = SentimentLabel.POSITIVE;
        assertThat(label("There was hardly any meat in the burrito.")).isEqualTo(n);
        assertThat(label("Hardly any vegetarian options.")).isEqualTo(n);
        assertThat(label("Plenty of vegetarian options.")).isEqualTo(p);
        assertThat(label("There was plenty of noise from the street.")).isNotEqualTo(p);
        assertThat(label("The spa was an extra forty euros each.")).isEqualTo(n);
        assertThat(label("Parking is an extra $15 a night.")).isEqualTo(n);
        assertThat(label("I spent my extra $20 on cocktails.")).isNotEqualTo(n);
        // collocations of meals and stays
        assertThat(label("The soup was full of flavour.")).isEqualTo(p);
        assertThat(label("The curry was packed with flavor.")).isEqualTo(p);
        assertThat(label("We were spoilt for choice.")).isEqualTo(p);
        assertThat(label("The desserts were sickly sweet.")).isEqualTo(n);
        assertThat(label("The soup had no depth.")).isEqualTo(n);
        assertThat(label("The bed was like sleeping on a board.")).isEqualTo(n);
        assertThat(label("Don't skip the dessert.")).isEqualTo(p);
        assertThat(label("The only thing worth ordering is the bread.")).isEqualTo(n);
        assertThat(label("Not sure what the hype is about.")).isEqualTo(n);
        assertThat(label("We didn't hear a thing all night.")).isEqualTo(p);
        assertThat(label("Breakfast was replenished constantly.")).isEqualTo(p);
        assertThat(label("Everything is on your doorstep.")).isEqualTo(p);
        assertThat(label("We extended our stay by two nights.")).isEqualTo(p);
        assertThat(label("We left a day early.")).isEqualTo(n);
        assertThat(label("Some seasoning wouldn't hurt.")).isEqualTo(n);
        assertThat(label("A smile wouldn't hurt.")).isNotEqualTo(p);
        assertThat(label("The waiter talked us through the whole menu.")).isEqualTo(p);
        // praise that is not praise
        assertThat(label("We were hoping for a nice quiet dinner.")).isNotEqualTo(p);
        assertThat(label("I had hoped for a relaxing weekend.")).isNotEqualTo(p);
        assertThat(label("It's supposed to be the best pizza in town.")).isNotEqualTo(p);
        assertThat(label("Lovely room, marred by the noise from the bar.")).isEqualTo(n);
        assertThat(label("Busy, but they handle it well.")).isEqualTo(p);
        assertThat(label("The wait was long but the food made up for it.")).isEqualTo(p);
        assertThat(label("It says family friendly but children were frowned upon.")).isEqualTo(n);
        // restaurant visits and hotel stays
        assertThat(label("They don't take reservations.")).isEqualTo(n);
        assertThat(label("You have to shout to be heard.")).isEqualTo(n);
        assertThat(label("I have been coming here for years.")).isEqualTo(p);
        assertThat(label("This was my first and last visit.")).isEqualTo(n);
        assertThat(label("The beer was flat.")).isEqualTo(n);
        assertThat(label("The do not disturb sign was ignored.")).isEqualTo(n);
        assertThat(label("They took a deposit and it took weeks to come back.")).isEqualTo(n);
        assertThat(label("The shuttle was on time every day.")).isEqualTo(p);
        assertThat(label("We went through the menu twice.")).isEqualTo(SentimentLabel.NEUTRAL);
        // what went wrong at table, with no opinion word
        assertThat(label("I found a piece of plastic in my salad.")).isEqualTo(n);
        assertThat(label("There were flies everywhere.")).isEqualTo(n);
        assertThat(label("Our server had no idea what was in the dishes.")).isEqualTo(n);
        assertThat(label("The owner sent over a round of drinks.")).isEqualTo(p);
        // a guess conditioned on a better day; the best of a meal being its bread
        assertThat(label("I'm sure it's great on a good day.")).isEqualTo(n);
        assertThat(label("On a good day the view is stunning.")).isEqualTo(p);
        assertThat(label("The best part of the meal was the free bread.")).isEqualTo(n);
        // neighbourhood restaurants; a nuisance that is absent
        assertThat(label("They make a mean burger.")).isEqualTo(p);
        assertThat(label("A dive, and not in a good way.")).isEqualTo(n);
        assertThat(label("It's a zoo on weekends.")).isEqualTo(n);
        assertThat(label("We left most of it on the plate.")).isEqualTo(n);
        assertThat(label("There is no traffic noise.")).isEqualTo(p);
        assertThat(label("No queues, no crowds.")).isEqualTo(p);
    }

    @Test
    void anotherPlaceNamedAsBetterIsAComplaintAboutThisOne() {
        SentimentLabel n = SentimentLabel.NEGATIVE;
        SentimentLabel p = SentimentLabel.POSITIVE;
        assertThat(label("The place across the street is better and cheaper.")).isEqualTo(n);
        assertThat(label("The grilled cheese I made at home afterwards was better.")).isEqualTo(n);
        assertThat(label("The sushi at the supermarket is fresher.")).isEqualTo(n);
        assertThat(label("Most Indian restaurants on this street serve a better curry for less.")).isEqualTo(n);
        assertThat(label("The cafe around the corner makes a better coffee.")).isEqualTo(n);
        assertThat(label("I have had much better for less.")).isEqualTo(n);
        // this place comes back between the other place and the comparative, or is what the other is compared to
        assertThat(label("Compared to the place next door, the food is better.")).isEqualTo(p);
        assertThat(label("Next door the prices are higher but the food here is better.")).isEqualTo(p);
        assertThat(label("The hotel down the road is more expensive yet this one is better.")).isEqualTo(p);
        assertThat(label("We stayed next door last year and the rooms here are much better.")).isEqualTo(p);
        assertThat(label("The pizza here is better than anything I have had at home.")).isEqualTo(p);
        assertThat(label("Nothing else compares.")).isEqualTo(p);
    }

    @Test
    void attentionCountedOnOneHandAndWhatThePlaceShouldDo() {
        SentimentLabel n = SentimentLabel.NEGATIVE;
        SentimentLabel p = SentimentLabel.POSITIVE;
        assertThat(label("Our server checked on us maybe twice during the entire meal.")).isEqualTo(n);
        assertThat(label("They refilled our water once all night.")).isEqualTo(n);
        assertThat(label("The waiter came by once in two hours.")).isEqualTo(n);
        assertThat(label("We ate here twice in three days, it was that good.")).isEqualTo(p);
        assertThat(label("We went twice in the whole week and loved it.")).isEqualTo(p);
        assertThat(label("I eat here at least once a week, if not once a day for the whole summer.")).isNotEqualTo(n);
        assertThat(label("They need to hire more staff.")).isEqualTo(n);
        assertThat(label("You have to improve the service a lot.")).isEqualTo(n);
        assertThat(label("The owners need to spend some money on the place.")).isEqualTo(n);
        assertThat(label("You need to try the duck.")).isEqualTo(p);
    }

    @Test
    void praiseByComparisonWithSomethingRunDown() {
        SentimentLabel n = SentimentLabel.NEGATIVE;
        SentimentLabel p = SentimentLabel.POSITIVE;
        assertThat(label("The desserts are more appealing than stuffy overpriced French restaurants.")).isEqualTo(p);
        assertThat(label("Far nicer than the dingy chain hotels around the station.")).isEqualTo(p);
        assertThat(label("Less noisy than the bars next door.")).isEqualTo(p);
        assertThat(label("A world away from the greasy takeaways on the high street.")).isEqualTo(p);
        assertThat(label("It's so much better than the terrible reviews suggest.")).isEqualTo(p);
        // the comparison does not praise, or compares the place with its own past
        assertThat(label("Worse than the awful place we went to last night.")).isEqualTo(n);
        assertThat(label("Even more overpriced than the tourist traps nearby.")).isEqualTo(n);
        assertThat(label("The food was more disappointing than the service.")).isEqualTo(n);
        assertThat(label("The food has got worse and it is a lot less crowded than it used to be.")).isEqualTo(n);
    }

    @Test
    void whatCameToTheTableAndTheRoomWithoutAnOpinionWord() {
        SentimentLabel n = SentimentLabel.NEGATIVE;
        SentimentLabel p = SentimentLabel.POSITIVE;
        assertThat(label("The chips were straight from the freezer.")).isEqualTo(n);
        assertThat(label("There was a bone in my fillet.")).isEqualTo(n);
        assertThat(label("The glasses had lipstick on them.")).isEqualTo(n);
        assertThat(label("We had to clear our own table.")).isEqualTo(n);
        assertThat(label("Our food came out at different times.")).isEqualTo(n);
        assertThat(label("My burger came exactly as I ordered it.")).isEqualTo(p);
        assertThat(label("The waiter explained every dish as it arrived.")).isEqualTo(p);
        assertThat(label("We could walk everywhere.")).isEqualTo(p);
        assertThat(label("You need a car to get anywhere.")).isEqualTo(n);
        assertThat(label("Dogs barked in the next room all night.")).isEqualTo(n);
        assertThat(label("They went out of their way to avoid us.")).isEqualTo(n);
        assertThat(label("They went out of their way to help us.")).isEqualTo(p);
        // house rules and the room around the table
        assertThat(label("There is only one bathroom for the whole restaurant.")).isEqualTo(n);
        assertThat(label("They charge for bread.")).isEqualTo(n);
        assertThat(label("There is a one hour time limit on tables.")).isEqualTo(n);
        assertThat(label("They kicked us out at ten so they could close.")).isEqualTo(n);
        assertThat(label("No corkage fee.")).isEqualTo(p);
        assertThat(label("We lingered for hours and nobody minded.")).isEqualTo(p);
        // what was on the plate
        assertThat(label("The fries were limp.")).isEqualTo(n);
        assertThat(label("The pizza crust was like cardboard.")).isEqualTo(n);
        assertThat(label("The tempura was light as air.")).isEqualTo(p);
        // hotel rooms
        assertThat(label("The mattress had a dip in the middle.")).isEqualTo(n);
        assertThat(label("The fridge hummed all night.")).isEqualTo(n);
        assertThat(label("There was nowhere to put our cases.")).isEqualTo(n);
        assertThat(label("There was a proper kettle and real milk.")).isEqualTo(p);
        // the guest's own manners, and long complaints told as a story
        assertThat(label("I nicely asked for more water three times and was ignored every time.")).isEqualTo(n);
        assertThat(label("We were kindly offered a drink while we waited.")).isEqualTo(p);
        assertThat(label("They patiently explained every dish to my mother.")).isEqualTo(p);
        assertThat(label("The food we were served that night was barely edible.")).isEqualTo(n);
        assertThat(label("We were seated promptly, which was the only thing that went right all evening."))
                .isEqualTo(n);
        // a reputation is not the guest's verdict
        assertThat(label("My friend recommended this place as the best Thai in the neighborhood, so I was surprised"
                + " that everything tasted of sugar and nothing else.")).isNotEqualTo(p);
        assertThat(label("The website describes it as a luxury retreat.")).isNotEqualTo(p);
        assertThat(label("Highly recommended as a date spot.")).isEqualTo(p);
        assertThat(label("Everyone recommended the tasting menu, which was superb.")).isEqualTo(p);
        // concessions that end in a complaint
        assertThat(label("Sure, it's cheap, but you get what you pay for.")).isEqualTo(n);
        assertThat(label("It's convenient, but that's the only thing going for it.")).isEqualTo(n);
        assertThat(label("I'm sure the chef is talented, but you wouldn't know it from what we ate.")).isEqualTo(n);
        assertThat(label("It's trendy, but the food is an afterthought.")).isEqualTo(n);
        assertThat(label("It's not cheap, but every penny is well spent.")).isEqualTo(p);
        assertThat(label("The lamb fell apart at the touch of a fork.")).isEqualTo(p);
        assertThat(label("The eggs were runny when I asked for them well done.")).isEqualTo(n);
        assertThat(label("The chef was happy to help when we asked for well cooked meat for our toddler."))
                .isEqualTo(p);
        // bar, brunch and booking; praise in words of complaint
        assertThat(label("The bartender really knows his stuff.")).isEqualTo(p);
        assertThat(label("The pancakes were stodgy.")).isEqualTo(n);
        assertThat(label("Happy hour prices aren't much of a deal.")).isNotEqualTo(p);
        assertThat(label("We couldn't find anything wrong with the room.")).isEqualTo(p);
        assertThat(label("Difficult to find anything wrong.")).isEqualTo(p);
        assertThat(label("That's one hell of a steak.")).isEqualTo(p);
        assertThat(label("We couldn't stop eating the bread.")).isEqualTo(p);
    }

    @Test
    void aNuisanceDeniedIsPraise() {
        SentimentLabel n = SentimentLabel.NEGATIVE;
        SentimentLabel p = SentimentLabel.POSITIVE;
        assertThat(label("Couldn't find any dirt anywhere.")).isEqualTo(p);
        assertThat(label("I couldn't find a single hair.")).isEqualTo(p);
        assertThat(label("Didn't notice any noise from the street.")).isEqualTo(p);
        assertThat(label("We never had any issues with the room.")).isEqualTo(p);
        assertThat(label("There wasn't a speck of dust.")).isEqualTo(p);
        // the denial is of something else, or the nuisance is what did not go away
        assertThat(label("No sleep because of the noise.")).isEqualTo(n);
        assertThat(label("The noise didn't stop all night.")).isEqualTo(n);
        assertThat(label("They never fixed any of the problems we reported.")).isNotEqualTo(p);
        assertThat(label("Not a single problem was solved.")).isNotEqualTo(p);
        assertThat(label("It was not a problem during lunch.")).isNotEqualTo(p);
        assertThat(label("Never once had a problem.")).isEqualTo(p);
        // a phrase that opens with a negator denies the opinion word after it
        assertThat(label("We never got a bad meal here.")).isEqualTo(p);
        assertThat(label("We never got our drinks.")).isEqualTo(n);
        assertThat(label("We never got a good night's sleep.")).isEqualTo(n);
        assertThat(label("Don't go anywhere else.")).isEqualTo(p);
    }

    @Test
    void expectationsAndWhatGuestsTellOthers() {
        SentimentLabel n = SentimentLabel.NEGATIVE;
        SentimentLabel p = SentimentLabel.POSITIVE;
        assertThat(label("It fell well short of our expectations.")).isEqualTo(n);
        assertThat(label("Exactly what we were looking for.")).isEqualTo(p);
        assertThat(label("Not what we were looking for at all.")).isEqualTo(n);
        assertThat(label("We got more than we paid for.")).isEqualTo(p);
        assertThat(label("We got a lot less than we paid for.")).isEqualTo(n);
        assertThat(label("First time here and definitely the last.")).isEqualTo(n);
        assertThat(label("First time here and definitely not the last.")).isEqualTo(p);
        assertThat(label("We were sad to leave.")).isEqualTo(p);
        assertThat(label("The evening dragged on.")).isEqualTo(n);
        assertThat(label("Our room had been downgraded without explanation.")).isEqualTo(n);
        assertThat(label("Quiet as a mouse at night.")).isEqualTo(p);
        assertThat(label("Only two miles from the airport.")).isNotEqualTo(n);
        // the one complaint a guest names
        assertThat(label("The only drawback is the parking.")).isEqualTo(n);
        assertThat(label("My only gripe is the price of the wine.")).isEqualTo(n);
        assertThat(label("My only regret is not coming sooner.")).isEqualTo(p);
        // what regulars do
        assertThat(label("We have not stopped raving about the food.")).isEqualTo(p);
        assertThat(label("Everyone I bring here becomes a convert.")).isEqualTo(p);
        assertThat(label("They treat you like part of the family.")).isEqualTo(p);
        // questions that answer themselves
        assertThat(label("How hard can it be to cook rice?")).isEqualTo(n);
        assertThat(label("How can they charge twenty dollars for this?")).isEqualTo(n);
        assertThat(label("Where else can you get a view like this?")).isEqualTo(p);
        assertThat(label("Is this what passes for Italian food in this city?")).isEqualTo(n);
        assertThat(label("Do they even taste the food before it goes out?")).isEqualTo(n);
        assertThat(label("Have they ever heard of seasoning?")).isEqualTo(n);
        assertThat(label("Why would you go anywhere else?")).isEqualTo(p);
    }

    @Test
    void someAdjectivesAreJudgedByWhatTheyDescribe() {
        SentimentLabel n = SentimentLabel.NEGATIVE;
        SentimentLabel p = SentimentLabel.POSITIVE;
        SentimentLabel u = SentimentLabel.NEUTRAL;
        assertThat(label("The ribs were insane.")).isEqualTo(p);
        assertThat(label("The prices are insane.")).isEqualTo(n);
        assertThat(label("The room was huge.")).isEqualTo(p);
        assertThat(label("The bill was huge.")).isEqualTo(n);
        assertThat(label("The walls are thin.")).isEqualTo(n);
        assertThat(label("The coffee was strong.")).isEqualTo(p);
        assertThat(label("There was a strong smell of smoke.")).isEqualTo(n);
        assertThat(label("The bed was soft.")).isEqualTo(p);
        assertThat(label("The bed was hard.")).isEqualTo(n);
        assertThat(label("The menu is long and varied.")).isEqualTo(p);
        assertThat(label("The queue was long.")).isEqualTo(n);
        assertThat(label("The noise was unbelievable.")).isEqualTo(n);
        assertThat(label("The view was unbelievable.")).isEqualTo(p);
        assertThat(label("High ceilings and big windows.")).isEqualTo(p);
        // none of the listed things: a description, or the lexicon's own reading
        assertThat(label("The restaurant has a small terrace.")).isEqualTo(u);
        assertThat(label("We had a long day of travelling.")).isEqualTo(u);
        assertThat(label("They have high chairs for kids.")).isEqualTo(u);
        assertThat(label("A big thank you to the staff.")).isEqualTo(p);
    }

    @Test
    void temperatureIsJudgedByWhatIsHotOrCold() {
        SentimentLabel n = SentimentLabel.NEGATIVE;
        SentimentLabel p = SentimentLabel.POSITIVE;
        SentimentLabel u = SentimentLabel.NEUTRAL;
        // what should be hot
        assertThat(label("The shower was cold.")).isEqualTo(n);
        assertThat(label("The water in the shower was never hot.")).isEqualTo(n);
        assertThat(label("The shower ran cold after two minutes.")).isEqualTo(n);
        assertThat(label("The eggs at breakfast were cold.")).isEqualTo(n);
        assertThat(label("The soup wasn't even warm.")).isEqualTo(n);
        assertThat(label("The shower was hot and powerful.")).isEqualTo(p);
        assertThat(label("The food came out piping hot.")).isEqualTo(p);
        // what should be cold
        assertThat(label("The beer was ice cold.")).isEqualTo(p);
        assertThat(label("Nice cold beer on tap.")).isEqualTo(p);
        assertThat(label("The beer was warm.")).isEqualTo(n);
        assertThat(label("My wine was lukewarm.")).isEqualTo(n);
        assertThat(label("They brought us tepid wine.")).isEqualTo(n);
        assertThat(label("Hot drinks are available all day.")).isEqualTo(u);
        // rooms and pools: neither cold nor hot
        assertThat(label("Our room was cold all night.")).isEqualTo(n);
        assertThat(label("The pool was cold.")).isEqualTo(n);
        assertThat(label("The room was warm and cosy.")).isEqualTo(p);
        // a kind of thing named by its temperature, and temperatures of nothing in particular
        assertThat(label("They serve hot and cold breakfast.")).isEqualTo(u);
        assertThat(label("There is a cold buffet and a hot buffet.")).isEqualTo(u);
        assertThat(label("Cold water is free at the bar.")).isEqualTo(u);
        assertThat(label("I ordered a hot chocolate.")).isEqualTo(u);
        assertThat(label("It was cold outside so we stayed in.")).isEqualTo(u);
        assertThat(label("The staff were cold and unwelcoming.")).isEqualTo(n);
        assertThat(label("We had a warm welcome at reception.")).isEqualTo(p);
    }

    @Test
    void expectationsAndConditionalsAreNotExperience() {
        assertThat(score("We were expecting great food.")).isLessThan(score("We had great food."));
        assertThat(score("If you want great food, go elsewhere.")).isNegative();
    }

    @Test
    void weakSentencesLeanTheWayReviewSentencesDo() {
        // No clear evidence of their own: neutral, leaning the way the model that has read review sentences reads
        // them (the GoEmotions model alone leaned each of these slightly positive).
        for (String t : List.of("I asked for no onions and it came covered in onions.",
                "My husband's steak arrived ten minutes after my fish.",
                "The management should really look at the service.")) {
            Sentiment s = analyzer.analyze(t).sentiment();
            assertThat(s.label()).as(t).isEqualTo(SentimentLabel.NEUTRAL);
            assertThat(s.score()).as(t).isNegative();
        }
        // the lean never changes a clear sentence
        assertThat(label("The soup was delicious.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(score("The soup was delicious.")).isGreaterThan(0.14);
    }

    @Test
    void sentencesGetTheirOwnLabelsAndSpans() {
        String text = "Loved the pool. The wifi was awful. We arrived on Monday.";
        TextAnalysis a = analyzer.analyze(text);
        assertThat(a.sentences()).hasSize(3);
        assertThat(a.sentences()).extracting(SentenceSentiment::label).containsExactly(SentimentLabel.POSITIVE,
                SentimentLabel.NEGATIVE, SentimentLabel.NEUTRAL);
        assertThat(text.substring(a.sentences().get(1).start(), a.sentences().get(1).end()))
                .isEqualTo("The wifi was awful.");
    }

    @Test
    void scoresStayInRange() {
        String[] texts = {"", "!!!", "BEST BEST BEST BEST BEST BEST HOTEL EVER!!!!!!!! 😍😍😍😍",
            "worst worst worst worst terrible horrible awful disgusting 🤮🤮🤮 never again!!!!"};
        for (String t : texts) {
            TextAnalysis a = analyzer.analyze(t);
            assertThat(a.sentiment().score()).isBetween(-1.0, 1.0);
            a.sentences().forEach(s -> assertThat(s.score()).isBetween(-1.0, 1.0));
        }
    }
}
