#!/usr/bin/env python3
"""Lists the messages of a translation that still need a translator.

Run after `cmake --build <dir> --target update_translations`, which adds new messages as
type="unfinished":

    python3 resources/translations/unfinished.py resources/translations/sourcedesk_de.ts

Each line names the context and the English text. Translate them in Qt Linguist
(`linguist resources/translations/sourcedesk_de.ts`) or in the file itself, remove
type="unfinished", give numerus messages both forms, and run the test translations_complete.
Exits with 1 while anything is left.
"""
import sys
import xml.etree.ElementTree as ET


def needs_work(message):
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return True
    if message.get("numerus") == "yes":
        forms = [form.text for form in translation.findall("numerusform")]
        return len(forms) != 2 or not all(forms)
    return not translation.text


def main(path):
    left = 0
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            if needs_work(message):
                left += 1
                plural = " [plural: two forms]" if message.get("numerus") == "yes" else ""
                print(f"{name}: {message.findtext('source')}{plural}")
    print(f"{left} message(s) to translate", file=sys.stderr)
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "sourcedesk_de.ts"))
