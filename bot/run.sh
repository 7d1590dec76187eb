#!/bin/sh
# Starts the bot built by `./mvnw -q -DskipTests package` with the launch options it is meant to run with:
#   -Xmx256m                    the most heap it may take (a staff publish builds a second engine beside the
#                               live one); the per-visitor caches take at most 24 MB of it (chatbot.memory.*,
#                               chatbot.rate-limit.memory). An intent model whose training does not fit is
#                               trained in a separate JVM (chatbot.publishing.training-memory)
#   -Xms80m -Xmn16m             a heap that grows only as needed, with a small young generation: the serial
#   -XX:MinHeapFreeRatio=10     collector touches every page of a generation it sizes, so a heap sized up front
#   -XX:MaxHeapFreeRatio=30     is resident whether used or not. After a full collection the old generation keeps
#                               10-30 % free above what is live (about 70 MB). With these the process stays under
#                               256 MiB of RSS under full load (about 340 MiB before), for about a tenth of the
#                               throughput of the first minutes and half a second of start in collections
#                               (BENCHMARKS.md "Fast and light", fifth session). 80m: a start then needs three
#                               full collections, not eleven
#   -XX:TrimNativeHeapInterval  every 5 s, malloc's freed memory (the compiler's arenas) is given back to the
#                               system (12 MiB otherwise kept)
#   -XX:CompileThresholdScaling=2  a method is compiled after twice the usual calls: 2-3 MiB less compiled
#                               code, no measurable change in throughput over 4 minutes of full load
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
# glibc gives each thread that allocates its own malloc arena; two are enough for the JVM's few native
# allocations and keep their pages from spreading.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
# shellcheck disable=SC2086 # JAVA_OPTS and cds are lists of options, split on purpose
exec java -Xmx256m -Xms80m -Xmn16m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:TrimNativeHeapInterval=5000 -XX:CompileThresholdScaling=2 -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError $cds ${JAVA_OPTS:-} -jar "$jar" "$@"
