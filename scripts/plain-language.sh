#!/usr/bin/env sh
# Measures plain Dutch and English in seeds/questionnaires/*.yaml and prints the figures.
# The measurement is the test nl.baken.questionnaire.PlainLanguageTest, which also runs in every build:
# mean at most 8 words a sentence, at most 1% of sentences over 15 words, no passive in a question text.
# See docs/questionnaire-authoring.md, "Measuring plain language". Usage: scripts/plain-language.sh
set -e
cd "$(dirname "$0")/.."
status=0
./mvnw -B -q -o verify -Dtest=PlainLanguageTest -Dsurefire.failIfNoSpecifiedTests=false >/dev/null 2>&1 || status=$?
cat target/plain-language.txt
if [ "$status" -ne 0 ]; then
  echo "plain-language: a threshold is not met (see the lines above, or target/surefire-reports)" >&2
fi
exit "$status"
