package dev.goose.incentive.pay;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What one unit of a currency is worth in another for the deals won in a month, as an admin entered it. */
@Entity
@Table(name = "exchange_rate")
public class ExchangeRate extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The first day of the month it applies to. */
    @Column(name = "starts_on", nullable = false)
    public LocalDate month;

    @Column(name = "from_currency", nullable = false, length = 3)
    public String fromCurrency;

    @Column(name = "to_currency", nullable = false, length = 3)
    public String toCurrency;

    @Column(nullable = false, precision = 19, scale = 8)
    public BigDecimal rate;

    @Column(name = "entered_by", nullable = false)
    public Long enteredBy;

    @Column(name = "entered_at", nullable = false)
    public Instant enteredAt;

    static Optional<ExchangeRate> of(LocalDate month, String from, String to) {
        return find("month = ?1 and fromCurrency = ?2 and toCurrency = ?3", month, from, to).firstResultOptional();
    }

    static List<ExchangeRate> latest(int count) {
        return find("order by month desc, fromCurrency, toCurrency").page(0, count).list();
    }
}
