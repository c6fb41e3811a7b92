#!/bin/sh
# Times the reader in tmux: seconds from launch to its first frame (the loading frame) and to the
# frame with the analysis (the loading frame gone), for each command given, interleaved over ROUNDS.
# Usage, from the project folder after `mvn package -DskipTests`:
#   src/test/bench/reader-frames.sh ROUNDS FOLDER "java -jar target/tilik.jar" target/tilik
# Notes go to a scratch folder (--notes), so no notes of yours are read or written.
rounds=$1; folder=$2; shift 2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
now() { date +%s.%N; }
i=0
while [ "$i" -lt "$rounds" ]; do
    for cmd in "$@"; do
        s=tilik-frames-$$
        rm -f "$scratch"/*
        t0=$(now); first=""
        tmux new-session -d -s "$s" -x 160 -y 50 "$cmd $folder --notes $scratch/notes.json"
        while p=$(tmux capture-pane -p -t "$s" 2>/dev/null); do
            t=$(now)
            if [ -z "$first" ] && printf '%s' "$p" | grep -q "Tilik"; then first=$(echo "$t - $t0" | bc); fi
            if [ -n "$first" ] && ! printf '%s' "$p" | grep -q "Loading and analysing"; then
                echo "$cmd	first frame $first s	analysis shown $(echo "$t - $t0" | bc) s"; break
            fi
            sleep 0.05
        done
        tmux send-keys -t "$s" q
        while tmux has-session -t "$s" 2>/dev/null; do sleep 0.1; done
    done
    i=$((i + 1))
done
