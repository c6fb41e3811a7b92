#!/bin/sh
# Times the reader in tmux from launch to its first finding (the line "Finding 1/" on screen), each command given in
# turn over ROUNDS, every run with an empty scratch cache and note file (a first open: the folder is analysed and the
# cache written), then, with REOPEN=1, once more on the cache it left (a reopen). A command that prints a line and exits
# (the bare JVM loading the models: "…BareOpenNlp load") is timed to its exit instead. Usage, from the project folder:
#   src/test/bench/first-finding.sh ROUNDS FOLDER "MAIN/tilik" "BRANCH/tilik" \
#     "java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp MAIN/tilik.jar:target/test-classes dev.tilik.bench.BareOpenNlp load"
# Each line is one run: round, command number, what, seconds, the one-minute load average after it. TMUX_SOCKET names
# a tmux socket of your own (tmux -L); WIDTH and HEIGHT (200×60) set the pane.
rounds=$1; folder=$2; shift 2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
tm() { if [ -n "$TMUX_SOCKET" ]; then tmux -L "$TMUX_SOCKET" "$@"; else tmux "$@"; fi; }
now() { date +%s.%N; }
load() { cut -d' ' -f1 /proc/loadavg; }
reader() { # $1 what, $2 command; the cache in $scratch/cache
    s=tilik-first-$$
    rm -rf "$scratch/notes"; mkdir -p "$scratch/notes"
    t0=$(now)
    tm new-session -d -s "$s" -x "${WIDTH:-200}" -y "${HEIGHT:-60}" \
        "env XDG_CACHE_HOME=$scratch/cache $2 $folder --notes $scratch/notes/notes.json"
    until tm capture-pane -p -t "$s" 2>/dev/null | grep -q 'Finding 1/'; do
        tm has-session -t "$s" 2>/dev/null || { echo "$1: the reader ended before its first finding" >&2; return 1; }
        sleep 0.05
    done
    t1=$(now)
    tm send-keys -t "$s" q
    while tm has-session -t "$s" 2>/dev/null; do sleep 0.1; done
    echo "$1 $(echo "$t1 - $t0" | bc)"
}
r=0
while [ "$r" -lt "$rounds" ]; do
    r=$((r + 1)); n=0
    for cmd in "$@"; do
        n=$((n + 1))
        case $cmd in
            *BareOpenNlp*) t0=$(now); $cmd > /dev/null; echo "round $r command $n bare $(echo "$(now) - $t0" | bc) load $(load)" ;;
            *) rm -rf "$scratch/cache"
               echo "round $r command $n $(reader first-open "$cmd") load $(load)"
               if [ "${REOPEN:-0}" = 1 ]; then echo "round $r command $n $(reader reopen "$cmd") load $(load)"; fi ;;
        esac
    done
done
