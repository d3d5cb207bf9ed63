-- usd_per_unit: how many US dollars one unit of the currency buys on rate_date (EUR 1.0850 = 1 EUR is 1.085 USD).
-- An amount dated D converts with the latest rate on or before D.
CREATE TABLE exchange_rate (
    currency     CHAR(3)         NOT NULL,
    rate_date    DATE            NOT NULL,
    usd_per_unit NUMERIC(20, 10) NOT NULL,
    source       VARCHAR(200),
    is_sample    BOOLEAN         NOT NULL DEFAULT FALSE,
    PRIMARY KEY (currency, rate_date),
    CHECK (usd_per_unit > 0)
);
