"""The extraction corpus is well-formed, and the bench's scorer matches and counts as it says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.extraction import Found, Item, Truth, corpus_truths, diagnostic_question, normalise, pair, score

CORPUS = Path(__file__).resolve().parent / "corpus"
HOLDOUT = CORPUS / "holdout"
"""Files written apart from the rules, never tuned on: `python -m bench.extraction --corpus tests/corpus/holdout`."""
HOLDOUT2 = CORPUS / "holdout2"
"""A second blind holdout, in formats apart from the first: `--corpus tests/corpus/holdout2`."""
HOLDOUT3 = CORPUS / "holdout3"
"""A third blind holdout: numbered bold READMEs, Docusaurus, high-yield arrows, Russian, command tables: `--corpus tests/corpus/holdout3`."""
HOLDOUT4 = CORPUS / "holdout4"
"""A fourth blind holdout: Q/A tables, `prompt ? answer` and arrow lines, notebook exercises, Spanish and
Chinese labels, Obsidian callouts, follow-up questions: `--corpus tests/corpus/holdout4`."""
HOLDOUT5 = CORPUS / "holdout5"
"""A fifth blind holdout: `Q.`/`A.` lines, formula sheets, vocabulary lists and tables, Portuguese labels,
MkDocs admonitions, `<details>` READMEs, STAR answers: `--corpus tests/corpus/holdout5`."""
HOLDOUT6 = CORPUS / "holdout6"
"""A sixth blind holdout, written after round 3: cheat-sheet tables, answer keys, Korean and Vietnamese
interviews, quizzes with options, Obsidian, lecture notes: `--corpus tests/corpus/holdout6`."""
HOLDOUT7 = CORPUS / "holdout7"
"""A seventh blind holdout, written after the holdout6 fixes: Anki `Front:`/`Back:` exports, Docusaurus FAQ,
Indonesian and Turkish notes, a Notion toggle export, a past paper with mark schemes, a quiz with an answer
key table, a textbook summary: `--corpus tests/corpus/holdout7`."""
HOLDOUT8 = CORPUS / "holdout8"
"""An eighth blind holdout, written after the holdout7 fixes: VitePress `::: details`, MyST dropdowns and
glossary directives, GitBook hints, mkdocs-material content tabs, pandoc definition lists, a separate answers
section, Russian `**Ответ:**` answers, checkbox questions: `--corpus tests/corpus/holdout8`."""
HOLDOUT9 = CORPUS / "holdout9"
"""A ninth blind holdout, written after the holdout8 fixes: a Logseq outline with `#card` bullets, a RemNote
export (`>>`, `::`, `;;`), Marp slides, Quarto callouts, Japanese past-paper notes, a "top questions"
README, Obsidian spaced-repetition syntax, a lecture transcript: `--corpus tests/corpus/holdout9`."""
HOLDOUT10 = CORPUS / "holdout10"
"""A tenth blind holdout, written after the holdout9 fixes: a Hindi question table, AWS exam tips, Italian
and Polish revision notes, Arabic `س`/`ج` lines, HackMD spoilers, a biology study guide with learning
objectives, USMLE one-line notes: `--corpus tests/corpus/holdout10`."""
HOLDOUT11 = CORPUS / "holdout11"
"""An eleventh blind holdout, written after the holdout10 fixes: Persian and Thai revision notes, a Mochi
export, a SQL question bank in tables, linked questions, Bear one-liners, knitted R Markdown exercises, a
Dendron lecture note: `--corpus tests/corpus/holdout11`."""
HOLDOUT12 = CORPUS / "holdout12"
"""A twelfth blind holdout, written after the holdout11 fixes: a Roam outline with nested questions, law case
briefs, footnote answers, SICP exercises in blockquotes, TIL notes, a Japanese 一問一答 sheet with `⇒` lines,
a Dutch glossary, React questions with blockquote answers: `--corpus tests/corpus/holdout12`."""
HOLDOUT13 = CORPUS / "holdout13"
"""A thirteenth blind holdout, written after holdout12 (before its fixes): a Swedish study-question sheet,
Cornell notes, Indian exam answers, a Foam note, git how-tos, emoji Q&A posts, a problem set with proofs,
an org-drill export: `--corpus tests/corpus/holdout13`."""
HOLDOUT14 = CORPUS / "holdout14"
"""A fourteenth blind holdout, written after the holdout12 fixes (before holdout13's): Bengali and Greek
revision notes, a CKA practice page, an interview-experience write-up, a Joplin export, Jupyter Book
exercises, a pub quiz, system design notes, a Terraform drill: `--corpus tests/corpus/holdout14`."""
HOLDOUT15 = CORPUS / "holdout15"
"""A fifteenth blind holdout, written after the holdout14 fixes: a TryHackMe writeup, an Obsidian Dataview
note, Czech state-exam answers, a Typora chapter summary, Tamil exam notes, statics homework, lecture notes
with review questions, Ukrainian exam tickets: `--corpus tests/corpus/holdout15`."""
HOLDOUT16 = CORPUS / "holdout16"
"""A sixteenth blind holdout, written after the holdout15 fixes: chemistry worked examples, economics Q/A row
tables, a Go output quiz, Hinglish OOP notes, Obsidian admonition blocks, pharmacology arrows, Romanian
multiple-choice grile, subnetting spoilers, Swift answer subheadings: `--corpus tests/corpus/holdout16`."""
HOLDOUT17 = CORPUS / "holdout17"
"""A seventeenth blind holdout, written after the holdout16 fixes: pandas exercises, a Hugo accordion FAQ, OS
"X vs Y" tables, algebra definitions, a Hebrew bagrut sheet, Obsidian_to_Anki blocks, SRE scenarios,
Hungarian oral-exam topics: `--corpus tests/corpus/holdout17`."""
HOLDOUT18 = CORPUS / "holdout18"
"""An eighteenth blind holdout, written beside holdout17, from study fields other than software: a civics
test, CISSP notes, UK driving theory, ACCA exercises, Malay physics, clinical vignettes, music theory, UPSC
past questions: `--corpus tests/corpus/holdout18`."""
HOLDOUT19 = CORPUS / "holdout19"
"""A nineteenth blind holdout, written after the holdout17 and holdout18 fixes began: English interview and
course files (a company question bank, a weekly quiz, a docs FAQ, a handbook chapter, a cloud cram sheet, a
frontend README, a midterm review, a bootcamp review): `--corpus tests/corpus/holdout19`."""
HOLDOUT20 = CORPUS / "holdout20"
"""A twentieth blind holdout, written beside holdout19, in other languages' own conventions (a German old
exam, Brazilian CESPE items, Vietnamese đề cương, a Mexican study guide, Chinese 八股 notes, Japanese 〇×
items, Russian interview prep, a Korean velog post): `--corpus tests/corpus/holdout20`."""
HOLDOUT21 = CORPUS / "holdout21"
"""A twenty-first blind holdout, written after the holdout17 and holdout18 fixes: English interview, course and
self-study notes (a leadership-principles story bank, a midterm review, a Kubernetes README, LeetCode
patterns, ML system design, a Rust quiz log, a Security+ cram sheet, statistics practice):
`--corpus tests/corpus/holdout21`."""
HOLDOUT22 = CORPUS / "holdout22"
"""A twenty-second blind holdout, written beside holdout21, in other languages' own conventions (Spanish
oposiciones, Finnish yo-koe, a French colle, Indonesian UTBK, Korean 정보처리기사, a Dutch tentamen, Norwegian
nursing, Chinese 考研): `--corpus tests/corpus/holdout22`."""
HOLDOUT23 = CORPUS / "holdout23"
"""A twenty-third blind holdout, written after the holdout19–22 fixes: English notes (a Java README, CCNA
labels, microservices headings, anatomy, Docker how-tos, a database self-check, an ML glossary, a psychology
review): `--corpus tests/corpus/holdout23`."""
HOLDOUT24 = CORPUS / "holdout24"
"""A twenty-fourth blind holdout, written beside holdout23, in other languages (Argentine, Catalan, Danish,
Nepali, Serbian, Tagalog, Taiwanese and Urdu notes): `--corpus tests/corpus/holdout24`."""
HOLDOUT25 = CORPUS / "holdout25"
"""A twenty-fifth blind holdout, written after the holdout23 and holdout24 fixes: English notes (an NCLEX log,
PM interview cases, quant brainteasers, awk/sed drills, a Kotlin README, OSTEP homework, an ethics reading
guide, an HTML-table drill): `--corpus tests/corpus/holdout25`."""
HOLDOUT26 = CORPUS / "holdout26"
"""A twenty-sixth blind holdout, written beside holdout25, in other languages (Turkish KPSS, a Slovenian oral
exam, a Japanese Zenn quiz, a Portuguese national exam, Estonian databases, Hong Kong DSE chemistry, Swahili
biology, Marathi polity): `--corpus tests/corpus/holdout26`."""
HOLDOUT27 = CORPUS / "holdout27"
"""A twenty-seventh blind holdout, written after the holdout25 and holdout26 fixes: English notes (a fast.ai
questionnaire, a Coursera quiz, a course forum digest, a Just the Docs lab, reveal.js slides, a Zettlr reading
note, a mock-interview transcript, AP history key terms): `--corpus tests/corpus/holdout27`."""
HOLDOUT28 = CORPUS / "holdout28"
"""A twenty-eighth blind holdout, written beside holdout27, in other languages (an Afrikaans memo, a German IHK
exam, Spanglish JS interview notes, Kazakh physics, a Lithuanian anatomy colloquium, a Turkish iOS interview,
Uzbek Python questions, Chinese pathophysiology): `--corpus tests/corpus/holdout28`."""
HOLDOUT29 = CORPUS / "holdout29"
"""A twenty-ninth blind holdout, written after the holdout27 and holdout28 fixes: English notes (an mdanki deck, Inka
blocks, a quiz-bowl packet, banking technicals, a compilers review wiki, book-club notes, a "top questions"
README, a pilot's written-test log): `--corpus tests/corpus/holdout29`."""
HOLDOUT30 = CORPUS / "holdout30"
"""A thirtieth blind holdout, written beside holdout29, in other languages (Croatian, Azerbaijani, Bulgarian,
Telugu, German Latin homework, Latvian, Mongolian, Egyptian Franco-Arabic): `--corpus tests/corpus/holdout30`."""
HOLDOUT31 = CORPUS / "holdout31"
"""A thirty-first blind holdout, written after the holdout29 and holdout30 fixes: English notes (rapid-fire Q/A
lines, a chess repertoire, a CS61A worksheet, embedded C, textbook review answers, medical mnemonics, lecture
questions, RHCSA tasks, a Spring Boot post): `--corpus tests/corpus/holdout31`."""
HOLDOUT32 = CORPUS / "holdout32"
"""A thirty-second blind holdout, written beside holdout31, in ten other languages (Amharic, Welsh, Basque,
Galician, Armenian, Icelandic, Georgian, Kannada, Sinhala, Slovak): `--corpus tests/corpus/holdout32`."""
HOLDOUT33 = CORPUS / "holdout33"
"""A thirty-third blind holdout, written after the holdout31 and holdout32 fixes, fixed in round 21: English notes
(a GraphQL README, a computer-architecture review, TIL notes, a networking glossary, A+ practice, Redis
quick-fire lines, a Linux self-quiz, MCAT items): `--corpus tests/corpus/holdout33`."""
HOLDOUT34 = CORPUS / "holdout34"
"""A thirty-fourth blind holdout, written beside holdout33 and fixed in round 21, in other languages (an Austrian
Matura, a Brazilian OAB exam, a Hindi viva, an Italian sbobina, Korean history, a Quebec CEGEP review, Russian
EGE, Turkish YKS, a Chinese teacher-licence exam): `--corpus tests/corpus/holdout34`."""
HOLDOUT35 = CORPUS / "holdout35"
"""A thirty-fifth blind holdout, written during round 21 and fixed in round 22, in English (a Python
output quiz, SQL interview queries, an economics true/false/uncertain review, Ansible/CI Question:/Answer:
paragraphs, civil-procedure hypos, C++ TL;DR notes, AWS scenarios, an ESL grammar FAQ, physiology lecture
clickers): `--corpus tests/corpus/holdout35`."""
HOLDOUT36 = CORPUS / "holdout36"
"""A thirty-sixth blind holdout, written beside holdout35 and fixed in round 22, in other languages (Malayalam PSC one-liners, an
Albanian Matura, a Japanese Qiita article, a Chinese Yuque export, a German Physikum protocol, a Brazilian React
README, French PASS multiple choice, an Irish oral-exam prep): `--corpus tests/corpus/holdout36`."""
HOLDOUT37 = CORPUS / "holdout37"
"""A thirty-seventh blind holdout, written during round 22 and fixed in round 23,
in English (numpy exercises, a Udacity project report, an AppSec awesome-list, data
engineering prep, CPA lease review, an organic chemistry self-check with GitHub alerts, an HTML-heavy Rails
README, a graphics final review): `--corpus tests/corpus/holdout37`."""
HOLDOUT38 = CORPUS / "holdout38"
"""A thirty-eighth blind holdout, written beside holdout37 and fixed in round 23, in other languages (a German
Abitur with Erwartungshorizont, Japanese IT-exam 記述 answers, Egyptian biology علل items, an Esperanto
lesson, a Gujarati GK quiz, an Italian driving-licence quiz, a Polish Java interview, a Chinese 软考 exam):
`--corpus tests/corpus/holdout38`."""
HOLDOUT39 = CORPUS / "holdout39"
"""A thirty-ninth blind holdout, written while holdout35 to holdout38 were being fixed and left unfixed as
the estimate for unseen English notes (an AMC problem log, YAML cards in fences, a daily coding problem log,
a ham-radio question pool, an interviewer's rubric, paper-reading notes, a Stack Overflow digest, TypeScript
type challenges): `--corpus tests/corpus/holdout39`."""
HOLDOUT40 = CORPUS / "holdout40"
"""A fortieth blind holdout, written beside holdout39 and left unfixed, in other languages (a Romanian BAC, a
French constitutional-law sheet, Chinese formula notes, an Indonesian bootcamp Q&A, a Persian Laravel
interview, a Korean OS checklist, a Colombian Saber 11 quiz, German criminal-law definitions):
`--corpus tests/corpus/holdout40`."""
HOLDOUT41 = CORPUS / "holdout41"
"""A forty-first blind holdout, written at the start of round 25, in English (a Jeopardy! practice log, a Readwise
book export with `.qa` notes, an mkdocs-quiz page, a Hugo post with its FAQ in front matter, a ground-school page of
`*[ABBR]:` definitions, Discord question-of-the-day spoilers, an office-hours digest, a Quizlet export):
`--corpus tests/corpus/holdout41`."""
HOLDOUT42 = CORPUS / "holdout42"
"""A forty-second blind holdout, written beside holdout41, in other languages (a Peruvian balotario, a Belarusian
`<dl>` README, a Punjabi board guide, a Kyrgyz Telegram export, a Moroccan Hugo FAQ, Macedonian setext headings, a
Haitian exam sheet with a compact key, a Bosnian Obsidian note with block IDs): `--corpus tests/corpus/holdout42`."""
HOLDOUT43 = CORPUS / "holdout43"
"""A forty-third blind holdout, written beside holdout41, in English, from tools' layouts (a Moodle GIFT bank, a
GitHub issue-form digest, a Slidev deck, an nbgrader notebook, ExamTopics notes, a Kahoot import table, a Readwise
article export, a Jeopardy! host sheet): `--corpus tests/corpus/holdout43`."""
HOLDOUT44 = CORPUS / "holdout44"
"""A forty-fourth blind holdout, written beside holdout41, in other languages (a Macedonian Jekyll FAQ, a Punjabi
science guide, a German Slidev study round, French kramdown `{: .question }` blocks, a Brazilian Discord paste, a
Flemish Anki TSV block, a Chilean `<dl>` glossary, a Ukrainian QA interview): `--corpus tests/corpus/holdout44`."""
HOLDOUT45 = CORPUS / "holdout45"
"""A forty-fifth blind holdout, written during round 25, in English (a Mintlify accordion page, a dev.to quiz
with liquid `{% details %}` tags, a docsify page of `?>` tips, a Wiki.js tabset, a Google Docs export, a surgery
pimp-log table, an evidence drill with bracketed answers, a HiNative digest): `--corpus tests/corpus/holdout45`."""
HOLDOUT46 = CORPUS / "holdout46"
"""A forty-sixth blind holdout, written beside holdout45, in other languages (Tajik pandoc grid tables, an Odia
sheet with bracketed answers, a Khmer Obsidian Kanban board, a Maltese worksheet with answers in HTML comments,
Luxembourgish flip cards, a Yoruba WAEC theory sheet, Somali video-timestamp notes, Cebuano run-in bold
questions): `--corpus tests/corpus/holdout46`."""
HOLDOUT47 = CORPUS / "holdout47"
"""A forty-seventh blind holdout, written after rounds 25 and 26 as the estimate for unseen English notes and fixed
in round 27 (a Reddit post with `>!spoilers!<`, SQL lab tasks as fence comments, Microsoft Learn knowledge checks, Orbit
prompts in HTML attributes, GCSE retrieval grids, a Notion export with `<aside>` answers, an Aiken bank, answers in
link tooltips): `--corpus tests/corpus/holdout47`."""
HOLDOUT48 = CORPUS / "holdout48"
"""A forty-eighth blind holdout, written beside holdout47 and fixed in round 27, in other languages (a Japanese 宅建 blog
with white-text answers, a Habr article with spoilers, a SiYuan superblock export, an Arabic RTL README, Hebrew exam
solutions, Greek Panhellenic biology, Hindi NCERT notes, a German AEVO list): `--corpus tests/corpus/holdout48`."""
HOLDOUT49 = CORPUS / "holdout49"
"""A forty-ninth blind holdout, written at the start of round 27, in English (an Ankdown deck with `%` separators, a
README whose questions link to answers further down, a ChatGPT transcript export, a GitHub Discussions digest, a study
guide with answers in red spans, AP free-response parts with boxed results, Obsidian `%% … %%` hidden answers, remark.js
slides with `???` presenter notes): `--corpus tests/corpus/holdout49`."""
HOLDOUT50 = CORPUS / "holdout50"
"""A fiftieth blind holdout, written beside holdout49, in other languages (a Chinese 错题本 mistake notebook, a Russian
Ankdown deck, a Japanese fill-in-the-blank sheet with chapter answer lines, a Polish matura with `**Odp.:**` lines, a
German question catalogue with indented answers, Brazilian ENEM items with `**Gabarito:**` keys, French textbook prompts
in blockquotes, Spanish EBAU questions answered by nested outlines): `--corpus tests/corpus/holdout50`."""
HOLDOUT51 = CORPUS / "holdout51"
"""A fifty-first blind holdout, written during round 27, in English (a learnr tutorial with solution chunks and
`question()` quizzes, an AZ-104 missed-questions log, a saved X thread of numbered posts, an OS quiz review with
struck-out and ticked options, an SQA past paper with marking-instruction tables, CFA LOS headings, SQ3R
question/recite notes, MMI station prompts in text fences): `--corpus tests/corpus/holdout51`."""
HOLDOUT52 = CORPUS / "holdout52"
"""A fifty-second blind holdout, written beside holdout51, in other languages (Greek dialogue-dash oral practice, a
Hindi WhatsApp quiz export, Korean quizdown fences, Thai pymdownx `/// details` blocks, an Italian markmap, Dutch Hugo
`expand` shortcodes, Hungarian matching exercises with a key, a Vietnamese X thread): `--corpus tests/corpus/holdout52`."""
HOLDOUT53 = CORPUS / "holdout53"
"""A fifty-third blind holdout, written during round 27, in English (mdBook admonish fences, a Zulip digest with quote
and spoiler fences, tldr-page drills, Go spot-the-bug diffs, webexercises R Markdown, a merit-badge workbook, a LaTeX
exam-class paper, a graded Google Forms quiz): `--corpus tests/corpus/holdout53`."""
HOLDOUT54 = CORPUS / "holdout54"
"""A fifty-fourth blind holdout, written beside holdout53, in other languages (a Japanese boki journal-entry drill,
Chinese flomo memos, a Russian Workflowy export, an Arabic Google Forms result, Portuguese bookdown exercise/solution
divs, a German Deckset deck, French Zotero annotations, a Swedish text2qti quiz): `--corpus tests/corpus/holdout54`."""
HOLDOUT55 = CORPUS / "holdout55"
"""A fifty-fifth blind holdout, written during round 27 and left unfixed as the estimate for unseen English notes (a
freeCodeCamp quiz file, Hugging Face course MDX quizzes, a Starlight page with answer asides, a Notion database export,
an IELTS speaking log, a cryptic-crossword blog write-up, CBSE assertion-reason items, WSET short-answer practice):
`--corpus tests/corpus/holdout55`."""
HOLDOUT56 = CORPUS / "holdout56"
"""A fifty-sixth blind holdout, written beside holdout55 and left unfixed, in other languages (a Ukrainian freeCodeCamp
quiz, Korean 수능 보기 items, Greek pandoc slides with pauses, a Hindi Starlight page, a Spanish Leanpub Markua quiz, a
Turkish Discourse thread, a Vietnamese Outline wiki export, an Italian crossword with its key):
`--corpus tests/corpus/holdout56`."""
HOLDOUT57 = CORPUS / "holdout57"
"""A fifty-seventh blind holdout, written at the start of round 28 (English: mkdocs-material code and list
annotations, R Markdown question/solution tabsets, a Tana paste export, an old Usenet FAQ of `Subject:` entries, a PRIMM
worksheet, a Regents review with a rating guide, print cards split by page breaks, a Kindle highlights export):
`--corpus tests/corpus/holdout57`."""
HOLDOUT58 = CORPUS / "holdout58"
"""A fifty-eighth blind holdout, written beside holdout57, in other languages (Bengali creative questions, a Serbian
GitLab wiki with `>>>` quotes, Thai mkdocs annotations, a Persian Anki card preview export, a Polish apy card file, an
Indonesian WordPress FAQ block, Czech Ghost toggle cards, Danish CriticMarkup corrections):
`--corpus tests/corpus/holdout58`."""
HOLDOUT59 = CORPUS / "holdout59"
"""A fifty-ninth blind holdout, written during round 28 and fixed in its last pass (English: a
newsletter whose puzzles are answered an issue later, GCSE mark points with ticks, two-speed interview answers, a
ReadMe.com legacy export of callout blocks, referee decision tables, Frayer models, scholastic articles, bridge
bidding panels): `--corpus tests/corpus/holdout59`."""
HOLDOUT60 = CORPUS / "holdout60"
"""A sixtieth blind holdout, written beside holdout59, in other languages (a Dutch Retype panel page,
Finnish Moodle cloze drafts, Hungarian R/exams exercises, a Taglish reviewer with bold right options, Bulgarian
Carpentries challenges, a Hebrew e-mail answered inline, Georgian VuePress spoilers, Urdu Docusaurus tabs):
`--corpus tests/corpus/holdout60`."""
HOLDOUT61 = CORPUS / "holdout61"
"""A sixty-first blind holdout, written at the end of round 28 and left unfixed as the estimate for unseen English notes
(a LiaScript module, a Kaggle Learn exercise export, a BookStack page with HTML callouts, regex drills with match
tables, art-history slide IDs with field lists, NCEA achieved/merit/excellence answers, a PADI knowledge review with
filled blanks, a first-aid note of bold-italic questions): `--corpus tests/corpus/holdout61`."""
HOLDOUT62 = CORPUS / "holdout62"
"""A sixty-second blind holdout, written beside holdout61 and left unfixed, in other languages (Khmer BacII exercises
with a keyed answer quote, an Amharic worksheet with bracketed answers, an Armenian README, a Norwegian Hexo
hideToggle post, a Romanian Blackboard upload file, a Malay Feynman template, a Swahili KCSE marking scheme, a Burmese
Facebook post): `--corpus tests/corpus/holdout62`."""
HOLDOUT63 = CORPUS / "holdout63"
"""A sixty-third blind holdout, written at the start of round 29 (English: Quarto reveal.js slides with fragment
answers, a Confluence export with flattened expand macros, Ruby irb drills answered by `# =>` comments, an IB
Computer Science paper with markscheme points, philosophy study questions with pandoc line-block arguments, a tsumego
log, PMP recall prompts answered by tables, an HSC biology paper with marking guidelines and a key):
`--corpus tests/corpus/holdout63`."""
HOLDOUT64 = CORPUS / "holdout64"
"""A sixty-fourth blind holdout, written beside holdout63, in other languages (a Tamil book-back answer guide, a Sinhala
Obsidian note with `==highlight==` answers, a Mongolian Nextra page with callouts, a Maltese Slack export with thread
replies, an Icelandic Hexo post with note tags, a Lithuanian org-mode export, an Afrikaans README with `<sub>` answers,
a Slovenian nbconvert export with alert boxes): `--corpus tests/corpus/holdout64`."""
HOLDOUT65 = CORPUS / "holdout65"
"""A sixty-fifth blind holdout, written during round 29 (English: a Bot Framework `.qna` knowledge base, a jupytext
MyST notebook, a blog post with spoiler space, a PSM I practice log with `diff` fences, a Grade 7 KWL chart, a Day One
journal answering earlier entries' questions, A-level PEEL essay plans, an ottr-graded R Markdown lab):
`--corpus tests/corpus/holdout65`."""
HOLDOUT66 = CORPUS / "holdout66"
"""A sixty-sixth blind holdout, written beside holdout65, in other languages (a Croatian IRC log, a Marathi KWL chart, a
Kazakh page of one-column tables, a Nepali Facebook post of `question? = answer` lines, Estonian ROT13 answers, a Slovak
Jekyll page of `qa.html` includes, an Azerbaijani lecture note with `<dfn>` terms, Catalan pandoc example lists):
`--corpus tests/corpus/holdout66`."""
HOLDOUT67 = CORPUS / "holdout67"
"""A sixty-seventh blind holdout, written at the end of round 29 and left unfixed as the estimate for unseen English
notes (mdbook-quiz TOML fences, Nuxt Content accordions, GitHub Classroom answer markers, ISTQB pandoc multiline
tables, a pandoc-converted answer key with underlined spans, LaTeX flashcard environments, ServSafe dot-leader lines,
a HackMD study-group thread of nested quotes): `--corpus tests/corpus/holdout67`."""
HOLDOUT68 = CORPUS / "holdout68"
"""A sixty-eighth blind holdout, written beside holdout67 and left unfixed, in other languages (Tatar worked problems
with Given/Find/Solution/Answer labels, Kannada italic answer lines, a Lao Leitner box page, Latvian inline-code
answers, Telugu Obsidian inline footnotes, Albanian exercises keyed in `<details>` solutions, Basque oral-exam bullets,
Irish SRP marking points): `--corpus tests/corpus/holdout68`."""
HOLDOUT69 = CORPUS / "holdout69"
"""A sixty-ninth blind holdout, written at the start of round 30 in English (JS answers hidden in `[//]: # (…)`
comments, a JSON card deck in fences, Vim drills answered by `<kbd>` keycaps, a rustc error log with Why/Fix lines,
Day Skipper light and sound prompts keyed in a table at the end, a genetics problem set answered on `∴` lines, a GCSE
quotation bank, PTCB sig codes with italic nested answers): `--corpus tests/corpus/holdout69`."""
HOLDOUT70 = CORPUS / "holdout70"
"""A seventieth blind holdout, written beside holdout69, in other languages (a Belarusian interview README with level
badges, Cebuano Hugo notice boxes, a Javanese Colab notebook with form-titled solution cells, Luxembourgish answers in
`[//]: # (…)` comments, Sanskrit board exercises with `उत्तरम्` answers, Yiddish kashye/terets pairs, a Pashto Kankor
sheet, West Frisian self-tests answered upside down): `--corpus tests/corpus/holdout70`."""
HOLDOUT71 = CORPUS / "holdout71"
"""A seventy-first blind holdout, written late in round 30 and left unfixed as the estimate for unseen English notes (an
Elixir Livebook with saved outputs, a Writerside topic with collapsible `<def>` items, Open edX simple-editor problems,
an Obsidian Tasks review queue, a GMAT data-sufficiency error log, claim-evidence-reasoning reviews, basketball case
plays with rulings, interlinear glosses in a linguistics problem set): `--corpus tests/corpus/holdout71`."""
HOLDOUT72 = CORPUS / "holdout72"
"""A seventy-second blind holdout, written beside holdout71, in other languages (a Gujarati docsify-tabs page, Malayalam
past questions tagged with `<kbd>`, an Assamese board paper with OR choices, a Macedonian anatomy spot test answered in
`<figcaption>`, Welsh question-evidence-conclusion cards, a Galician Quarto sheet with profile-gated solutions, isiZulu
riddles and proverbs, an Uzbek Hugo post with a JSON-LD FAQ): `--corpus tests/corpus/holdout72`."""
HOLDOUT73 = CORPUS / "holdout73"
"""A seventy-third blind holdout, written at the end of round 30 and left unfixed as the estimate for unseen English
notes (Red Hat style Issue/Resolution articles, a Mermaid mindmap of questions, a Codeforces log of hint ladders in
`<details>`, interview debriefs with Asked/I said/Better answer bullets, an OSCE station with expected-answer tables,
METAR decoding drills, an A-level checklist with `<small>` answers, Genki vocabulary with `<ruby>` readings):
`--corpus tests/corpus/holdout73`."""
HOLDOUT74 = CORPUS / "holdout74"
"""A seventy-fourth blind holdout, written beside holdout73 and left unfixed, in other languages (a Turkmen Tufte handout
with margin-note answers, a Uyghur README answered in indented code blocks, Tigrinya Mermaid mindmaps, a Sorani Kurdish
worksheet with custom-style answer divs, a Somali MultiMarkdown glossary, Yoruba one-cell tables, a Kinyarwanda README of
CodeCogs images, a Hausa Moodle XML bank): `--corpus tests/corpus/holdout74`."""
HOLDOUT75 = CORPUS / "holdout75"
"""A seventy-fifth blind holdout, written at the start of round 31 (a LeetCode solution-post log, a saved Zoom chat in
lecture notes, a pasted Udemy practice-test review, a Presenterm quiz deck, VCE examiners'-report notes, RACE short
answers, a PBL seven-jump case with a report-back section, Neuracache `#flashcard` lines): `--corpus
tests/corpus/holdout75`."""
HOLDOUT76 = CORPUS / "holdout76"
"""A seventy-sixth blind holdout, written beside holdout75 in other languages (a Sindhi md2anki deck, Maithili Obsidian
`[?]` question checkboxes, Bashkir pandoc simple tables, a Kurmanji XMind export of nested headings, Scottish Gaelic
Advanced Slides, Malagasy sphinx-design cards, Faroese answers in blue LaTeX colour, an isiXhosa Word export with comment
answers): `--corpus tests/corpus/holdout76`."""
HOLDOUT77 = CORPUS / "holdout77"
"""A seventy-seventh blind holdout, written late in round 31 and left unfixed (GitBook tab pairs, TypeScript `// #region
answer` folds, a Yarle Evernote export, a Python koans log, a Student Room thread with BBCode spoilers, sideways Q/A
tables, a back-of-book key for odd exercises, a Tumblr ask archive): `--corpus tests/corpus/holdout77`."""
HOLDOUT78 = CORPUS / "holdout78"
"""A seventy-eighth blind holdout, written beside holdout77 in other languages and left unfixed (Sundanese MkDocs grid
cards, Punjabi one-table-per-question HTML, Konkani sideways tables, a Bhojpuri Excalidraw note, Ilocano multi-column
answers, an Occitan Mastodon thread behind content warnings, Māori right-aligned answers, a Shona Trello board):
`--corpus tests/corpus/holdout78`."""
HOLDOUT79 = CORPUS / "holdout79"
"""A seventy-ninth blind holdout, written late in round 31 and left unfixed as the estimate (DocFX tabs, a literate
Haskell homework, a Perplexity thread export, a wtfpython-style README, Socratic-seminar prep, a OneNote export via
pandoc, a reading response with guiding questions, Great Courses guidebook notes): `--corpus tests/corpus/holdout79`."""
HOLDOUT80 = CORPUS / "holdout80"
"""An eightieth blind holdout, written beside holdout79 in other languages and left unfixed as the estimate (a Kyrgyz
schema.org FAQ block, a Tajik AST test bank, Odia two-column Quarto layouts, Igbo DataCamp exercises, Breton Trivial
Pursuit cards, an Oromo Respondus bank, a Setswana Bible-study sheet, a Quechua question-formulation worksheet):
`--corpus tests/corpus/holdout80`."""
HOLDOUT81 = CORPUS / "holdout81"
"""An eighty-first blind holdout, English, written at the start of round 32 and fixed in it (O'Reilly-style
Problem/Solution recipes, a Markdoc question/answer tag page, a Zola post with spoiler shortcodes, an iA Presenter
deck answered in speaker notes, a Year 7 knowledge organiser, Obsidian PDF++ highlight callouts, rock-sample tick
matrices, printable HTML card grids): `--corpus tests/corpus/holdout81`."""
HOLDOUT82 = CORPUS / "holdout82"
"""An eighty-second blind holdout, written beside holdout81 in other languages (a Dhivehi Chirpy post with prompt
boxes, Romansh Hugo Book columns, a Rusyn HTML table with rowspan topics, a Chuvash list of indented answers, Tok
Pisin ASCII question boxes with a key, Luganda nested blockquote answers, a Guarani Instagram carousel, a Chichewa
MSCE past paper with answer arrows): `--corpus tests/corpus/holdout82`."""
HOLDOUT83 = CORPUS / "holdout83"
"""An eighty-third blind holdout, English, written late in round 32 and left unfixed as the estimate (a quiz game's
Python dict of cards, a flattened Canvas quiz result, estimation drills, OCP Java code-first traps, I-have/who-has
loop cards, political-science ID terms, poker hand quizzes, a Part 107 missed-question log): `--corpus
tests/corpus/holdout83`."""
HOLDOUT84 = CORPUS / "holdout84"
"""An eighty-fourth blind holdout, written beside holdout83 in other languages and left unfixed as the estimate (a
Sakha VK wall quiz answered in comments, a Tibetan Collected Topics notebook, a Dogri practical file with viva
questions, Papiamento status tables, Samoan SSC mark points, Asturian R/ answers, Hawaiian proverb cards, a Sesotho
LGCSE paper): `--corpus tests/corpus/holdout84`."""
FOLDERS = {
    CORPUS: 12,
    HOLDOUT: 8,
    HOLDOUT2: 7,
    HOLDOUT3: 5,
    HOLDOUT4: 8,
    HOLDOUT5: 8,
    HOLDOUT6: 8,
    HOLDOUT7: 8,
    HOLDOUT8: 8,
    HOLDOUT9: 8,
    HOLDOUT10: 8,
    HOLDOUT11: 8,
    HOLDOUT12: 8,
    HOLDOUT13: 8,
    HOLDOUT14: 9,
    HOLDOUT15: 8,
    HOLDOUT16: 9,
    HOLDOUT17: 8,
    HOLDOUT18: 8,
    HOLDOUT19: 8,
    HOLDOUT20: 8,
    HOLDOUT21: 8,
    HOLDOUT22: 8,
    HOLDOUT23: 8,
    HOLDOUT24: 8,
    HOLDOUT25: 8,
    HOLDOUT26: 8,
    HOLDOUT27: 8,
    HOLDOUT28: 8,
    HOLDOUT29: 8,
    HOLDOUT30: 8,
    HOLDOUT31: 9,
    HOLDOUT32: 10,
    HOLDOUT33: 8,
    HOLDOUT34: 9,
    HOLDOUT35: 9,
    HOLDOUT36: 8,
    HOLDOUT37: 8,
    HOLDOUT38: 8,
    HOLDOUT39: 8,
    HOLDOUT40: 8,
    HOLDOUT41: 8,
    HOLDOUT42: 8,
    HOLDOUT43: 8,
    HOLDOUT44: 8,
    HOLDOUT45: 8,
    HOLDOUT46: 8,
    HOLDOUT47: 8,
    HOLDOUT48: 8,
    HOLDOUT49: 8,
    HOLDOUT50: 8,
    HOLDOUT51: 8,
    HOLDOUT52: 8,
    HOLDOUT53: 8,
    HOLDOUT54: 8,
    HOLDOUT55: 8,
    HOLDOUT56: 8,
    HOLDOUT57: 8,
    HOLDOUT58: 8,
    HOLDOUT59: 8,
    HOLDOUT60: 8,
    HOLDOUT61: 8,
    HOLDOUT62: 8,
    HOLDOUT63: 8,
    HOLDOUT64: 8,
    HOLDOUT65: 8,
    HOLDOUT66: 8,
    HOLDOUT67: 8,
    HOLDOUT68: 8,
    HOLDOUT69: 8,
    HOLDOUT70: 8,
    HOLDOUT71: 8,
    HOLDOUT72: 8,
    HOLDOUT73: 8,
    HOLDOUT74: 8,
    HOLDOUT75: 8,
    HOLDOUT76: 8,
    HOLDOUT77: 8,
    HOLDOUT78: 8,
    HOLDOUT79: 8,
    HOLDOUT80: 8,
    HOLDOUT81: 8,
    HOLDOUT82: 8,
    HOLDOUT83: 8,
    HOLDOUT84: 8,
}
"""Each corpus folder and the fewest files it holds."""
TRUTHS = sorted(p for folder in FOLDERS for p in folder.glob("*.truth.json"))


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_every_note_has_a_truth_and_every_truth_a_note(folder: Path) -> None:
    notes = {p.name.removesuffix(".md") for p in folder.glob("*.md")}
    truths = {p.name.removesuffix(".truth.json") for p in folder.glob("*.truth.json")}
    assert notes == truths
    assert len(notes) >= FOLDERS[folder]


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.name)
def test_truth_is_well_formed(path: Path) -> None:
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert set(raw) == {"questions"}
    seen: set[str] = set()
    for item in raw["questions"]:
        assert set(item) <= {"q", "answered", "aliases", "optional"}, item
        assert isinstance(item["q"], str) and item["q"].strip() and item["q"] == item["q"].strip(), item
        assert isinstance(item["answered"], bool) and isinstance(item.get("optional", False), bool), item
        assert all(isinstance(a, str) and a.strip() for a in item.get("aliases", [])), item
        assert normalise(item["q"]) not in seen, f"duplicate question {item['q']!r}"
        seen.add(normalise(item["q"]))
    assert any(not item.get("optional") for item in raw["questions"])


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_corpus_truths_are_read_by_the_bench(folder: Path) -> None:
    truths = corpus_truths(folder)
    assert set(truths) == {p.name.removesuffix(".truth.json") + ".md" for p in folder.glob("*.truth.json")}
    assert all(t.items for t in truths.values())


def test_normalise_removes_tags_case_and_punctuation() -> None:
    assert normalise("<b>What</b> is a **closure**?") == "what is a closure"
    assert normalise("Ｑｕ’est-ce qu’un  verbe ?") == "qu est ce qu un verbe"


def test_diagnostic_question_prefers_the_field_and_strips_the_reason() -> None:
    assert diagnostic_question("What is TCP? (no answer)") == "What is TCP?"
    assert diagnostic_question("What is f(x)? (only links (2))") == "What is f(x)?"
    assert diagnostic_question("ignored (no answer)", "What is UDP?") == "What is UDP?"


def test_pair_is_one_to_one_and_claims_only_the_closest_item() -> None:
    groups = [("What is a packet?",), ("What is a socket?",), ("Define overfitting", "What is overfitting?")]
    # the duplicate "packet" card must not fall through to the similar "socket" item
    assert pair(["What is a packet", "What is a packet?", "what is overfitting", "Something else"], groups) == {0: 0, 2: 2}


def test_score_counts_precision_recall_and_accounted() -> None:
    truth = Truth((
        Item("What is a closure?", True),
        Item("What is hoisting?", True),
        Item("What is the TDZ?", False),
        Item("Why?", False),
        Item("Contents", True, optional=True),
    ))
    found = Found(cards=("What is a closure", "Contents", "Back to top"), unanswered=("What is the TDZ?",))
    s = score(truth, found)
    assert (s.required, s.answered, s.matched, s.matched_answered, s.false, s.accounted) == (4, 2, 1, 1, 1, 2)
    assert s.missed == ("What is hoisting?",)
    assert s.lost == ("What is hoisting?", "Why?")
    assert s.false_cards == ("Back to top",)


def test_a_card_matching_beyond_the_cap_is_not_false() -> None:
    truth = Truth((Item("What is a closure?", True),), beyond_cap=("What is the event loop in Node?",))
    s = score(truth, Found(cards=("What is the event loop in Node? console.log(1)", "what is the event loop in node"), unanswered=()))
    assert s.false_cards == ()
