#!/usr/bin/env python3
"""Writes a synthetic applicant-tracking-system export for benchmarking `cvfscan batch`.

Usage:
  python3 Benchmarks/scripts/make_export.py RECORDS OUT.csv|OUT.jsonl [--questions N] [--words W] [--seed S]

Each record is one applicant: an `applicant_id`, a `campaign`, and N answer columns (`q1`..`qN`, default 1) of
about W words each (default 300), written in the first person as application-form answers are: a situation, what
the applicant did, and the outcome, with the phrasing real answers use ("I took responsibility", "we agreed",
"I would have", "I didn't blame"). Paragraphs are separated by blank lines inside the cell, and some sentences
carry commas and double quotes, so the CSV has quoted fields with embedded newlines and doubled quotes, as
exports from applicant tracking systems do.

The output is a pure function of the arguments: a fixed seed (default 20240501) and Python's own Mersenne
Twister, so every run and every machine gets the same bytes. The file format follows the extension.
"""
import argparse
import csv
import json
import random
import sys

SETTINGS = [
    "in a busy supermarket", "at a call centre for an energy supplier", "on a hospital ward", "in a secondary school",
    "at a local football club where I coach the under-12s", "in a warehouse on night shifts", "at a bank branch",
    "in the customer service team of a travel company", "at a care home for older people", "in a city-centre bar",
    "as a volunteer at a food bank", "as a special constable", "in a council housing office", "at a garden centre",
    "in the army reserve", "as a security officer at a shopping centre", "at a pharmacy", "on a building site",
]
PEOPLE = [
    "a customer", "an elderly resident", "a new colleague", "my manager", "a parent", "a young man",
    "a member of the public", "a supplier", "a vulnerable woman", "a teenager", "a delivery driver", "a patient",
    "a neighbour", "a student", "a regular visitor", "a contractor",
]
PROBLEMS = [
    "was shouting at staff because his order had gone missing", "had been left waiting for over an hour",
    "told me that she was being bullied by other members of the team", "made a complaint about a refund",
    "was clearly distressed and did not want to give her name", "had been given the wrong information twice",
    "was accused of shoplifting by another customer", "could not read the forms and felt embarrassed",
    "was being ignored by the rest of the shift", "had made a mistake that put a rota at risk",
    "was about to miss a medical appointment", "had lost his wallet and his phone",
]
ACTIONS = [
    "I stayed calm and spoke quietly so that he would lower his voice",
    "I listened to her without interrupting and repeated back what I had understood",
    "I took responsibility for putting it right rather than passing it to someone else",
    "I apologised for the mistake, because it was mine, and explained what I would do next",
    "I asked my colleagues for their views before deciding what to do",
    "I checked the records and the CCTV so that I had the facts before I made a decision",
    "I explained the policy in plain language and made sure she understood her options",
    "I challenged the comment, politely but firmly, and said it was not acceptable",
    "I reported it to my supervisor and wrote down exactly what had happened",
    "I put myself in his position and thought about how frightening it must have been",
    "I suggested a different way of organising the rota, which nobody had tried before",
    "I treated him with respect even though he had been rude to me",
    "we agreed as a team who would do what, and I kept everyone updated",
    "I asked for feedback afterwards so that I could learn from it",
    "I made sure the vulnerable person was safe before dealing with anything else",
    "I looked at the problem from a different angle and found a simpler solution",
    "I didn't blame my colleague, although it would have been easy to",
    "I did not ignore it, even though it was the end of my shift",
    "I kept my promise and called her back the next morning as I had said I would",
    "I shared what I had learnt with the team at our weekly meeting",
]
REFLECTIONS = [
    "Looking back, I would have asked for help sooner",
    "I think it is important to be honest when you get something wrong",
    "I always try to treat people the way I would want my own family to be treated",
    "If it happened again I would write things down earlier",
    "It taught me that listening is often more useful than talking",
    "I believe the public deserve a clear explanation, not an excuse",
    "I would say that staying calm is the most important thing in a situation like that",
    "I now check my own assumptions before I decide what someone needs",
]
OUTCOMES = [
    "the situation calmed down and he thanked me before he left",
    "the complaint was resolved the same day and the customer came back the following week",
    "my manager asked me to train two new starters on how I had handled it",
    "she felt able to speak to the team leader, and the behaviour stopped",
    "the new rota reduced overtime by about ten percent over the next quarter",
    "nobody was hurt and the incident report was used as an example of good practice",
    "we received a letter of thanks from the family",
    "the team agreed to adopt the change permanently",
]
CONNECTORS = ["Then", "After that", "At the same time", "Straight away", "Once things were calmer", "Later that day",
              "Before anything else", "Afterwards"]
QUOTES = [
    'She said, "nobody ever listens to us", which stayed with me.',
    'My manager told me, "you handled that well, but tell me sooner next time".',
    'He kept repeating "it is not fair", so I let him finish before I answered.',
    'A colleague said "just leave it", but I felt that would be wrong.',
]


def sentence(rng):
    kind = rng.random()
    if kind < 0.45:
        connector = rng.choice(CONNECTORS)
        return f"{connector}, {rng.choice(ACTIONS)}."
    if kind < 0.6:
        return f"{rng.choice(REFLECTIONS)}."
    if kind < 0.75:
        return f"In the end {rng.choice(OUTCOMES)}."
    if kind < 0.85:
        return rng.choice(QUOTES)
    return f"{rng.choice(PEOPLE).capitalize()} {rng.choice(PROBLEMS)}, and {rng.choice(ACTIONS)}."


def answer(rng, words):
    opening = (f"When I worked {rng.choice(SETTINGS)}, {rng.choice(PEOPLE)} {rng.choice(PROBLEMS)}. "
               f"I was the most senior person on shift, so it was up to me to deal with it.")
    paragraphs = [[opening]]
    count = len(opening.split())
    while count < words:
        text = sentence(rng)
        if len(paragraphs[-1]) >= rng.randint(3, 6):
            paragraphs.append([])
        paragraphs[-1].append(text)
        count += len(text.split())
    return "\n\n".join(" ".join(paragraph) for paragraph in paragraphs)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("records", type=int)
    parser.add_argument("out")
    parser.add_argument("--questions", type=int, default=1)
    parser.add_argument("--words", type=int, default=300)
    parser.add_argument("--seed", type=int, default=20240501)
    arguments = parser.parse_args()
    if not (arguments.out.endswith(".csv") or arguments.out.endswith(".jsonl")):
        sys.exit("make_export.py: OUT must end in .csv or .jsonl")
    rng = random.Random(arguments.seed)
    columns = [f"q{number}" for number in range(1, arguments.questions + 1)]
    campaigns = ["PC intake 2024-09", "PC intake 2025-01", "Detective entry 2025-03"]
    with open(arguments.out, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n") if arguments.out.endswith(".csv") else None
        if writer:
            writer.writerow(["applicant_id", "campaign"] + columns)
        for number in range(1, arguments.records + 1):
            identifier = f"APP-{number:07d}"
            campaign = rng.choice(campaigns)
            answers = [answer(rng, arguments.words) for _ in columns]
            if writer:
                writer.writerow([identifier, campaign] + answers)
            else:
                record = {"applicant_id": identifier, "campaign": campaign,
                          "answers": dict(zip(columns, answers))}
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
