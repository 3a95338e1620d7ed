#pragma once

#include <QObject>

// A call to Fini in flight that its starter may cancel. It deletes itself once it has
// reported its outcome.
class ApiTask : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void cancel() = 0;
};
