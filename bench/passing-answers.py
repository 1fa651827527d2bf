#!/usr/bin/env python3
"""Prints the input that passes a module in `signaal train --plain` for one
learner name (options are shuffled per name): runs the module once in a
scratch folder answering 1 everywhere, reads the right answers it then
shows ("Correct: 2, 3."), and answers them. Used by bench/run for real
completions.   Usage: passing-answers.py SIGNAAL MODULE NAME SCRATCH"""
import re, subprocess, sys

signaal, module, name, scratch = sys.argv[1:5]
prompts = re.compile(r"(Enter to go on, q to stop:|Choose 1–\d+:|Choose one or more of 1–\d+:) ")
run = subprocess.run([signaal, "train", module, "--plain", "--learner", name, "--data", scratch, "--lang", "en"],
                     input="1\n" * 2000, capture_output=True, text=True)
parts = prompts.split(run.stdout)
# parts: text, prompt, text after it, prompt, …: a question's answer is followed by "Correct: …".
answers = []
for index in range(1, len(parts) - 1, 2):
    after = parts[index + 1]
    right = re.search(r"Correct: ([\d, ]+)\.", after)
    if right and "one or more" in parts[index]:
        answers.append(" ".join(right.group(1).replace(",", " ").split()))
    elif right:
        answers.append(right.group(1).split(",")[0].strip())
    else:
        answers.append("1")
if not any("Correct: " in part for part in parts):
    sys.exit("passing-answers.py: no questions seen:\n" + run.stdout[-500:] + run.stderr[-500:])
print("\n".join(answers))
