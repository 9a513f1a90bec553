package dev.goose.incentive.pay;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import dev.goose.incentive.plan.Money;
import dev.goose.incentive.plan.Outlook;

/**
 * Where the points of a payout curve fall in its SVG ({@code tags/payoutCurve}): attainment from 0 to
 * 150 percent along, commission up, the highest point at the top. Drawn for the playbook page with the
 * plan's points only, and on My pay with the rep's own point as well.
 */
public final class PayoutCurves {

    private static final int WIDTH = 560;
    private static final int HEIGHT = 230;
    private static final int LEFT = 80;
    private static final int TOP = 24;
    private static final int BOTTOM = 36;
    private static final BigDecimal LAST = BigDecimal.valueOf(150);

    private PayoutCurves() {
    }

    /** The points as a description says them: "0% pays €0.00, 25% pays €4,800.00, …". */
    public static String inWords(List<Outlook.Point> points, Currency currency) {
        return String.join(", ", points.stream().map(p -> p.attainment().intValue() + "% pays " + Money.format(p.commission(), currency)).toList());
    }

    /** The plan's curve alone, as its playbook page shows it. */
    public static PayViews.Curve of(List<Outlook.Point> points, Currency currency, String title, String description) {
        return drawn(points, null, null, currency, title, description);
    }

    /**
     * @param here  the rep's point, drawn at most at 150 percent, with its attainment as it is
     * @param label what the rep's point says, as in "You: 84%"
     */
    static PayViews.Curve withHere(List<Outlook.Point> points, Outlook.Point here, String label, Currency currency, String title,
            String description) {
        return drawn(points, here, label, currency, title, description);
    }

    private static PayViews.Curve drawn(List<Outlook.Point> points, Outlook.Point here, String label, Currency currency, String title,
            String description) {
        BigDecimal max = points.get(points.size() - 1).commission().max(here == null ? BigDecimal.ZERO : here.commission()).max(BigDecimal.ONE);
        List<PayViews.Dot> dots = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (Outlook.Point point : points) {
            PayViews.Dot dot = dot(point, max, point.attainment().intValue() + "%", Money.format(point.commission(), currency));
            dots.add(dot);
            line.append(line.length() == 0 ? "" : " ").append(dot.x()).append(',').append(dot.y());
        }
        PayViews.Dot mine = here == null ? null
                : dot(new Outlook.Point(here.attainment().min(LAST), here.commission()), max, label, Money.format(here.commission(), currency));
        return new PayViews.Curve(WIDTH, HEIGHT, line.toString(), dots, mine, HEIGHT - BOTTOM, LEFT, title, description);
    }

    private static PayViews.Dot dot(Outlook.Point point, BigDecimal max, String label, String value) {
        int plotWidth = WIDTH - LEFT - 50;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int x = LEFT + point.attainment().multiply(BigDecimal.valueOf(plotWidth)).divide(LAST, 0, RoundingMode.HALF_UP).intValue();
        int y = TOP + plotHeight - point.commission().multiply(BigDecimal.valueOf(plotHeight)).divide(max, 0, RoundingMode.HALF_UP).intValue();
        return new PayViews.Dot(x, y, label, value);
    }
}
