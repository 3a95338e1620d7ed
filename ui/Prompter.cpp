#include "Prompter.h"

void Prompter::promptOpened()
{
    ++m_open;
}

void Prompter::promptClosed()
{
    if (--m_open == 0)
        Q_EMIT allAnswered();
}
