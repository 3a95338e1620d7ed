#include "RetryPolicy.h"
#include "TestMain.h"

#include <QTimeZone>
#include <QtTest>

#include <limits>

class RetryPolicyTest : public QObject
{
    Q_OBJECT

private:
    using Kind = ApiError::Kind;
    using Mode = RetryPolicy::Mode;

    static ApiError error(Kind kind, int status = 0)
    {
        ApiError e(kind, ApiOperation::ListSources);
        e.setHttpStatus(status);
        return e;
    }

private Q_SLOTS:
    void rateLimitWaitsDoNotCountAgainstOtherRetries()
    {
        const RetryPolicy policy;
        const ApiError serverError = error(Kind::ServerError, 500);
        // Refresh: a 500 on the second attempt is its first 500 when the first was a 429.
        QVERIFY(policy.nextDelayMs(Mode::RetryOnceOnServerError, serverError, 2, 1, 0.5));
        QVERIFY(!policy.nextDelayMs(Mode::RetryOnceOnServerError, serverError, 2, 0, 0.5));
        // Reads: four retries besides any number of 429 waits.
        QVERIFY(policy.nextDelayMs(Mode::Read, serverError, 7, 3, 0.5));
        QVERIFY(!policy.nextDelayMs(Mode::Read, serverError, 8, 3, 0.5));
    }

    void readsRetryTransientFailures_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retried");
        QTest::newRow("network") << int(Kind::Network) << 0 << true;
        QTest::newRow("timeout") << int(Kind::Timeout) << 0 << true;
        QTest::newRow("malformed") << int(Kind::MalformedResponse) << 200 << true;
        QTest::newRow("500") << int(Kind::ServerError) << 500 << true;
        QTest::newRow("502") << int(Kind::ServerError) << 502 << true;
        QTest::newRow("503") << int(Kind::ServerError) << 503 << true;
        QTest::newRow("504") << int(Kind::ServerError) << 504 << true;
        QTest::newRow("501") << int(Kind::ServerError) << 501 << false;
        QTest::newRow("400") << int(Kind::BadRequest) << 400 << false;
        QTest::newRow("401") << int(Kind::Unauthorized) << 401 << false;
        QTest::newRow("403") << int(Kind::Forbidden) << 403 << false;
        QTest::newRow("404") << int(Kind::NotFound) << 404 << false;
        QTest::newRow("tls") << int(Kind::Tls) << 0 << false;
    }

    void readsRetryTransientFailures()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(bool, retried);
        const RetryPolicy policy;
        QCOMPARE(policy.nextDelayMs(Mode::Read, error(Kind(kind), status), 1, 0, 0.5).has_value(),
                 retried);
    }

    void readRetriesAreCappedWithGrowingCappedDelays()
    {
        RetrySettings settings;
        settings.maxRetries = 4;
        settings.baseDelayMs = 100;
        settings.maxDelayMs = 500;
        const RetryPolicy policy(settings);
        const ApiError e = error(Kind::Network);
        QCOMPARE(*policy.nextDelayMs(Mode::Read, e, 1, 0, 1.0), 100);
        QCOMPARE(*policy.nextDelayMs(Mode::Read, e, 2, 0, 1.0), 200);
        QCOMPARE(*policy.nextDelayMs(Mode::Read, e, 3, 0, 1.0), 400);
        QCOMPARE(*policy.nextDelayMs(Mode::Read, e, 4, 0, 1.0), 500);
        QVERIFY(!policy.nextDelayMs(Mode::Read, e, 5, 0, 1.0));
        // Jitter takes up to half of the delay away.
        QCOMPARE(*policy.nextDelayMs(Mode::Read, e, 3, 0, 0.0), 200);
    }

    void refreshRetriesOnceOnServerErrorOnly()
    {
        const RetryPolicy policy;
        QVERIFY(policy.nextDelayMs(Mode::RetryOnceOnServerError, error(Kind::ServerError, 500), 1,
                                   0, 0.5));
        QVERIFY(!policy.nextDelayMs(Mode::RetryOnceOnServerError, error(Kind::ServerError, 500), 2,
                                    0, 0.5));
        QVERIFY(!policy.nextDelayMs(Mode::RetryOnceOnServerError, error(Kind::ServerError, 501), 1,
                                    0, 0.5));
        QVERIFY(!policy.nextDelayMs(Mode::RetryOnceOnServerError, error(Kind::BadRequest, 400), 1,
                                    0, 0.5));
        // A lost answer: the refresh may have been queued; queueing it again is harmless.
        QVERIFY(policy.nextDelayMs(Mode::RetryOnceOnServerError, error(Kind::Network), 1, 0, 0.5));
        QVERIFY(policy.nextDelayMs(Mode::RetryOnceOnServerError, error(Kind::Timeout), 3, 0, 0.5));
        QVERIFY(!policy.nextDelayMs(Mode::RetryOnceOnServerError, error(Kind::Network), 5, 0, 0.5));
    }

    void deleteRetriesOnceOnServerErrorButNeverAfterALostAnswer()
    {
        const RetryPolicy policy;
        const Mode mode = Mode::OnceOnServerErrorOnly;
        QVERIFY(policy.nextDelayMs(mode, error(Kind::ServerError, 500), 1, 0, 0.5));
        QVERIFY(!policy.nextDelayMs(mode, error(Kind::ServerError, 500), 2, 0, 0.5));
        QVERIFY(!policy.nextDelayMs(mode, error(Kind::BadRequest, 400), 1, 0, 0.5));
        // The first request may have deleted them: a second one would report them unknown.
        for (const Kind kind : {Kind::Network, Kind::Timeout, Kind::MalformedResponse})
            QVERIFY(!policy.nextDelayMs(mode, error(kind), 1, 0, 0.5));
    }

    void workCreatingCallsNeverRetryBlindly()
    {
        const RetryPolicy policy;
        for (const Kind kind :
             {Kind::Network, Kind::Timeout, Kind::MalformedResponse, Kind::ServerError})
            QVERIFY(!policy.nextDelayMs(Mode::NoBlindRetry, error(kind, 500), 1, 0, 0.5));
    }

    void rateLimitWaitsForRetryAfterInEveryMode()
    {
        const RetryPolicy policy;
        ApiError limited = error(Kind::RateLimited, 429);
        limited.setRetryAfterSeconds(7);
        for (const Mode mode : {Mode::Read, Mode::RetryOnceOnServerError,
                                Mode::OnceOnServerErrorOnly, Mode::NoBlindRetry})
            QCOMPARE(*policy.nextDelayMs(mode, limited, 3, 0, 0.5), 7000);
        limited.setRetryAfterSeconds(60);
        QCOMPARE(*policy.nextDelayMs(Mode::Read, limited, 1, 0, 0.5), 60 * 1000);
        // Longer than anyone should wait here: the call ends and says when to try again.
        limited.setRetryAfterSeconds(61);
        QVERIFY(!policy.nextDelayMs(Mode::Read, limited, 1, 0, 0.5));
        limited.setRetryAfterSeconds(std::nullopt);
        QVERIFY(*policy.nextDelayMs(Mode::Read, limited, 1, 0, 0.5) > 0);
        QVERIFY(!policy.nextDelayMs(Mode::Read, limited, 1, 5, 0.5));
    }

    void aZeroRetryAfterStillWaitsTheBackoff()
    {
        RetrySettings settings;
        settings.baseDelayMs = 400;
        const RetryPolicy policy(settings);
        ApiError limited = error(Kind::RateLimited, 429);
        limited.setRetryAfterSeconds(0);
        QCOMPARE(*policy.nextDelayMs(Mode::Read, limited, 1, 0, 1.0), 400);
        QCOMPARE(*policy.nextDelayMs(Mode::Read, limited, 3, 2, 1.0), 1600);
    }

    void retryAfterIsParsedWithoutOverflow_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("seconds"); // -1: no usable value
        QTest::newRow("seconds") << QByteArray(" 7 ") << 7;
        QTest::newRow("zero") << QByteArray("0") << 0;
        QTest::newRow("negative") << QByteArray("-5") << -1;
        QTest::newRow("empty") << QByteArray() << -1;
        QTest::newRow("text") << QByteArray("soon") << -1;
        QTest::newRow("past int") << QByteArray("99999999999") << std::numeric_limits<int>::max();
        QTest::newRow("past 64 bits")
            << QByteArray("99999999999999999999999") << std::numeric_limits<int>::max();
        QTest::newRow("date in 90 s") << QByteArray("Wed, 01 Jan 2031 00:01:30 GMT") << 90;
        QTest::newRow("date in the past") << QByteArray("Tue, 31 Dec 2030 00:00:00 GMT") << 0;
        QTest::newRow("far-future date")
            << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << std::numeric_limits<int>::max();
    }

    void retryAfterIsParsedWithoutOverflow()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, seconds);
        const QDateTime now(QDate(2031, 1, 1), QTime(0, 0), QTimeZone::utc());
        const std::optional<int> parsed = RetryPolicy::parseRetryAfter(header, now);
        QCOMPARE(parsed.value_or(-1), seconds);
    }
};

SOURCEDESK_TEST_MAIN(QCoreApplication, RetryPolicyTest)
#include "tst_retry_policy.moc"
