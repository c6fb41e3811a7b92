#!/bin/sh
# Times the reader in tmux: seconds from launch to its first frame (the loading frame) and to the
# frame with the analysis (the loading frame gone), for each command given, interleaved over ROUNDS.
# Usage, from the project folder after `mvn package -DskipTests`:
#   src/test/bench/reader-frames.sh ROUNDS FOLDER "java -jar target/tilik.jar" target/tilik
# A command that prints a line with "Tilik" and exits is timed to that line, both columns alike:
# the yardstick of issue 10, a bare JVM loading the same models, run the way the launcher runs:
#   src/test/bench/reader-frames.sh 5 articles target/tilik \
#     "java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/tilik.jar:target/test-classes dev.tilik.bench.BareOpenNlp load"
# Each line is one run; the last lines are the medians and, when a command has "BareOpenNlp" in
# it, every command's median as a ratio to the first such command's. Notes go to a scratch folder (--notes), so
# no notes of yours are read or written. WIDTH and HEIGHT (160×50) set the pane.
rounds=$1; folder=$2; shift 2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
now() { date +%s.%N; }
i=0
while [ "$i" -lt "$rounds" ]; do
    n=0
    for cmd in "$@"; do
        n=$((n + 1))
        s=tilik-frames-$$
        rm -f "$scratch"/notes*
        t0=$(now); first=""
        tmux new-session -d -s "$s" -x "${WIDTH:-160}" -y "${HEIGHT:-50}" "$cmd $folder --notes $scratch/notes.json" \; \
            set-option -t "$s" remain-on-exit on
        while p=$(tmux capture-pane -p -t "$s" 2>/dev/null); do
            t=$(now)
            if [ -z "$first" ] && printf '%s' "$p" | grep -q "Tilik"; then first=$(echo "$t - $t0" | bc); fi
            if [ -n "$first" ] && ! printf '%s' "$p" | grep -q "Loading and analysing"; then
                shown=$(echo "$t - $t0" | bc)
                echo "$cmd	first frame $first s	analysis shown $shown s"
                echo "$n $first $shown" >> "$scratch/times"
                break
            fi
            sleep 0.05
        done
        if [ "$(tmux display-message -p -t "$s" '#{pane_dead}' 2>/dev/null)" = 1 ]; then
            tmux kill-session -t "$s"
        else
            tmux send-keys -t "$s" q
        fi
        while tmux has-session -t "$s" 2>/dev/null; do
            [ "$(tmux display-message -p -t "$s" '#{pane_dead}' 2>/dev/null)" = 1 ] && tmux kill-session -t "$s"
            sleep 0.1
        done
    done
    i=$((i + 1))
done
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
spread() { sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%s–%s", lo, hi }'; }
base=0; n=0
for cmd in "$@"; do n=$((n + 1)); case $cmd in *BareOpenNlp*) [ "$base" -eq 0 ] && base=$n ;; esac; done
if [ "$base" -gt 0 ]; then
    bf=$(awk -v k="$base" '$1 == k { print $2 }' "$scratch/times" | median)
fi
n=0
for cmd in "$@"; do
    n=$((n + 1))
    f=$(awk -v k="$n" '$1 == k { print $2 }' "$scratch/times" | median)
    a=$(awk -v k="$n" '$1 == k { print $3 }' "$scratch/times" | median)
    as=$(awk -v k="$n" '$1 == k { print $3 }' "$scratch/times" | spread)
    if [ "$base" -gt 0 ]; then
        echo "median	$cmd	first frame $f s	analysis shown $a s ($as)	× bare: first frame $(echo "scale=2; $f / $bf" | bc), analysis $(echo "scale=2; $a / $bf" | bc)"
    else
        echo "median	$cmd	first frame $f s	analysis shown $a s ($as)"
    fi
done
