package dev.goose.incentive.pay;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.goose.people.CurrentPerson;
import dev.goose.people.People.Member;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;

/**
 * The home page's pay card for someone a plan pays: earned so far this period and what would move them
 * on, read once per request. Only the person themself sees it; pay never shows on anyone else's page.
 */
@Named("payHome")
@RequestScoped
public class PayHome {

    @Inject
    CurrentPerson current;

    @Inject
    Clock clock;

    @Inject
    PayBook book;

    @Inject
    PayOutlook outlooks;

    /** Earned so far, the period in words, and what comes next. */
    public record Card(String earnedShown, String period, String plan, List<String> next) {
    }

    private Optional<Card> card;

    @Transactional
    public Card getCard() {
        if (card == null) {
            card = current.isSignedIn() ? read(current.member()) : Optional.empty();
        }
        return card.orElse(null);
    }

    private Optional<Card> read(Member me) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), me.zone());
        PayViews.Statement statement = book.of(me, today).statement();
        if (!statement.pays()) {
            return Optional.empty();
        }
        Optional<PayViews.Outlook> outlook = outlooks.of(me, today, false);
        return Optional.of(new Card(statement.totalShown(), statement.title(), outlook.map(PayViews.Outlook::plan).orElse(null),
                outlook.map(PayViews.Outlook::next).orElse(List.of())));
    }
}
