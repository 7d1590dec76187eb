#!/bin/sh
# Starts the bot built by `./mvnw -q -DskipTests package` with the launch options it is meant to run with:
#   -Xmx256m                    the heap it is tested and benchmarked with (BENCHMARKS.md); the per-visitor
#                               caches take at most 48 MB of it (chatbot.memory.*, chatbot.rate-limit.memory).
#                               An intent model whose training does not fit is trained in a separate JVM
#                               (chatbot.publishing.training-memory)
#   -XX:+UseSerialGC            one collector thread, no concurrent marking: on two cores and a heap this small it
#                               answers as fast as G1 and the process takes about 70 MB less (bench/compare,
#                               BENCHMARKS.md "Fast and light")
#   -XX:TieredStopAtLevel=1     C1 only, no C2: on two cores C2's one thread compiles large methods for minutes,
#                               taking a core from the answers. Without it the bot starts 3 s sooner, answers
#                               twice as fast in its first 15 s and as fast after 60 s and 240 s of full load, and
#                               takes 70-90 MiB less; C2 pulls ahead only under a full load of more than about five
#                               minutes (842 against 570 answers/s over ten; BENCHMARKS.md "Fast and light", second
#                               session). For such loads, or more cores, JAVA_OPTS=-XX:TieredStopAtLevel=4 brings
#                               C2 back
#   -XX:+ExitOnOutOfMemoryError if the heap is exhausted anyway, the JVM exits instead of living on with dead
#                               Tomcat threads and answering nothing; run it under a supervisor that restarts
#                               it (systemd Restart=always, Docker --restart, Kubernetes)
#   -XX:SharedArchiveFile       the class-data archive the build records, for a faster start (when present)
# JAVA_OPTS is added after these, so it can change them (the last -Xmx wins). Arguments go to the application
# (e.g. --server.port=9090). Runs from the repository root, where config/ and corpus/ are.
set -eu
cd "$(dirname "$0")/.."
app=bot/target/app
if [ -f "$app/bot.jar" ]; then
  jar="$app/bot.jar"
elif [ -f bot/target/bot.jar ]; then
  jar=bot/target/bot.jar
else
  echo "bot/run.sh: no bot/target/app/bot.jar; build it first: ./mvnw -q -DskipTests package" >&2
  exit 1
fi
cds=
if [ "$jar" = "$app/bot.jar" ] && [ -f "$app/bot.jsa" ]; then
  cds="-XX:SharedArchiveFile=$app/bot.jsa"
fi
# shellcheck disable=SC2086 # JAVA_OPTS and cds are lists of options, split on purpose
exec java -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError $cds ${JAVA_OPTS:-} -jar "$jar" "$@"
