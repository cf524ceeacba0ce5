"""Writes eval/gold/gold.jsonl from the compact item list below, filling each item's verbatim
quote from the parsed clause when the item does not give one. Run after changing the list:
    python -m eval.gold_builder
The gold file is what the harness and tests read; this list is only how it is maintained."""

from __future__ import annotations

import json
from pathlib import Path

from ingest.loader import load_documents

U4 = "csea-unit4-1999-2001"
UPE = "upe-dha-sdr-phase2-agreements"
CASE = "case-unit2-bargaining-report-2022-08-11"
GUIDE = "ca-labor-relations-strategy-procedures"

# (id, question, kind, contract, [(section, clause)], must_contain, plain_words, extra)
L, M, C, X = "lookup", "multi", "calc", "unanswerable"
ITEMS = [
    # --- look-ups in the contract's own words -------------------------------------------
    ("l001", "What does section 8.2 say?", L, U4, [("8.2", "")], ["sick leave"], False, {}),
    ("l002", "Show me section 6.7", L, U4, [("6.7", "")], ["Twenty-one (21) calendar days"], False, {}),
    ("l003", "What does Art. 19 say about hours of work?", L, U4, [("19.1", "")], ["forty (40) hours"], False, {}),
    ("l004", "What is side letter #5 about?", L, U4, [("Side Letter 5", "")], ["second notice"], False, {}),
    ("l005", "How long do I have to file a formal grievance?", L, U4, [("6.7", "A.1")], ["Twenty-one (21) calendar days"], False, {}),
    ("l006", "How long does my supervisor have to respond to an informal grievance?", L, U4, [("6.6", "")], ["seven (7) calendar days"], False, {}),
    ("l007", "How long does management have to respond to a Step 1 grievance?", L, U4, [("6.7", "E")], ["fourteen (14) calendar days"], False, {}),
    ("l008", "How long do I have to appeal to Step 2 after the Step 1 decision?", L, U4, [("6.8", "A")], ["twenty-one (21) calendar days"], False, {}),
    ("l009", "Within how many days can the Union take a grievance to arbitration after the fourth level response?", L, U4, [("6.12", "A")], ["thirty (30) calendar days"], False, {}),
    ("l010", "What happens if the State does not respond to my grievance in time?", L, U4, [("6.11", "")], ["appeal to the next step"], False, {}),
    ("l011", "Who pays for the arbitration?", L, U4, [("6.12", "C")], ["borne equally"], False, {}),
    ("l012", "What is the definition of a grievance?", L, U4, [("6.2", "A")], ["interpretation, application, or enforcement"], False, {}),
    ("l013", "Can the parties agree to skip steps of the grievance procedure?", L, U4, [("6.4", "")], ["waive any step"], False, {}),
    ("l014", "What are the paid holidays?", L, U4, [("7", "B")], ["January 1"], False, {}),
    ("l015", "When is the personal holiday credited?", L, U4, [("7", "C")], ["first day of July"], False, {}),
    ("l016", "What happens when a holiday falls on a Sunday?", L, U4, [("7", "H")], ["Monday following"], False, {}),
    ("l017", "What happens when Veterans Day, November 11, falls on a Saturday?", L, U4, [("7", "F")], ["preceding Friday"], False, {}),
    ("l018", "How much vacation credit do I get after six months of service?", L, U4, [("8.1", "A")], ["forty-two (42) hours"], False, {}),
    ("l019", "What is the maximum vacation I can carry over to the next year?", L, U4, [("8.1", "J")], ["400 hours"], False, {}),
    ("l020", "When must I submit a plan to use my vacation if I'm over the cap?", L, U4, [("8.1", "I")], ["June 1"], False, {}),
    ("l021", "How much sick leave does a full-time employee earn each month?", L, U4, [("8.2", "B")], ["eight (8) hours"], False, {}),
    ("l022", "Is there a limit on how much sick leave I can accumulate?", L, U4, [("8.2", "F")], ["without limit"], False, {}),
    ("l023", "In what increments can sick leave be taken?", L, U4, [("8.2", "G")], ["fifteen (15) minute increments"], False, {}),
    ("l024", "Can I use sick leave to care for my ill mother?", L, U4, [("8.2", "A.4")], ["five (5) workdays"], False, {}),
    ("l025", "Who does bereavement leave cover?", L, U4, [("8.3", "A")], ["bereavement leave with pay"], False, {}),
    ("l026", "How long can parental leave last?", L, U4, [("8.4", "A")], ["one (1) year"], False, {}),
    ("l027", "How long can an unpaid leave of absence be?", L, U4, [("8.7", "A")], ["one (1) year"], False, {}),
    ("l028", "Do I keep my pay during jury duty?", L, U4, [("8.14", "A")], ["without loss of compensation"], False, {}),
    ("l029", "What is the overtime rate?", L, U4, [("19.2", "B")], ["one and one-half"], False, {}),
    ("l030", "How is overtime credited in fifteen minute units?", L, U4, [("19.2", "B.2")], ["seven (7) minutes"], False, {}),
    ("l031", "What is the maximum CTO I can accrue?", L, U4, [("19.2", "H")], ["240 hours"], False, {}),
    ("l032", "How is call back time credited?", L, U4, [("19.9", "A")], ["four (4) hours"], False, {}),
    ("l033", "How is standby time compensated?", L, U4, [("19.10", "C")], ["two (2) hours"], False, {}),
    ("l034", "What is the night shift differential?", L, U4, [("11.5", "A.1")], ["$.40"], False, {}),
    ("l035", "How long are rest periods?", L, U4, [("19.3", "A")], ["fifteen (15) minutes"], False, {}),
    ("l036", "How long is the meal period?", L, U4, [("19.4", "A")], ["thirty (30) minutes"], False, {}),
    ("l037", "What is the overtime meal allowance?", L, U4, [("12.8", "A")], ["$8"], False, {}),
    ("l038", "What is the out-of-state pay differential?", L, U4, [("11.13", "A")], ["$346 per month"], False, {}),
    ("l039", "Do employees receive merit salary adjustments?", L, U4, [("11.4", "A")], ["merit salary adjustments"], False, {}),
    ("l040", "What is the discount on public transit passes?", L, U4, [("12.4", "A")], ["75 percent"], False, {}),
    ("l041", "Is there a telework program?", L, U4, [("21.1", "A")], ["telework"], False, {}),
    ("l042", "What is the order of layoff?", L, U4, [("16.1", "B")], ["seniority"], False, {}),
    ("l043", "Can sick leave credits be transferred as catastrophic leave?", L, U4, [("8.8", "A")], ["Sick leave credits cannot be transferred"], False, {}),
    ("l044", "What is the no strike clause?", L, U4, [("5.1", "A")], ["strike"], False, {}),
    ("l045", "Are individual agreements with employees allowed?", L, U4, [("5.3", "")], ["shall not negotiate"], False, {}),
    ("l046", "What does the contract say about sexual harassment?", L, U4, [("5.8", "A")], ["sexual harassment"], False, {}),
    ("l047", "What is the term of this contract, its duration?", L, U4, [("22.2", "A")], ["Contract"], False, {}),
    ("l048", "How many days notice does the State give before automation and new technology?", L, U4, [("14.5", "")], ["sixty (60) days"], False, {}),
    ("l049", "Can I get a copy of my duty statement?", L, U4, [("14.4", "")], ["duty statement"], False, {}),
    ("l050", "Does the State reimburse license renewal fees?", L, U4, [("12.13", "")], ["renewal cost"], False, {}),
    ("l051", "What does the contract say about union stewards' time off?", L, U4, [("2.6", "")], ["reasonable time off"], False, {}),
    ("l052", "What is the health and safety grievance procedure?", L, U4, [("6.13", "")], ["immediate and recognizable threat"], False, {}),
    ("l053", "What is an out-of-class assignment?", L, U4, [("14.2", "A.1")], ["out of class"], False, {}),
    ("l054", "How long do I have to file an out-of-class grievance?", L, U4, [("14.2", "D.2")], ["120 calendar days"], False, {}),
    ("l055", "What is the rural subsidy program?", L, U4, [("9.4", "")], ["rural subsidy"], False, {}),
    ("l056", "What are Non-Industrial Disability Insurance payments?", L, U4, [("9.12", "B")], ["60 percent"], False, {}),
    ("l057", "What is the FTB Tax Program Technician pay differential?", L, U4, [("Side Letter 11", "")], ["$30 per month"], False, {}),
    ("l058", "What does the Toll Collectors night shift side letter say?", L, U4, [("Side Letter 17", "")], ["Toll Collector"], False, {}),
    ("l059", "What does the contract say about bilingual differential pay?", L, U4, [("11.6", "")], ["Bilingual"], False, {}),
    ("l060", "What does the contract say about electronic monitoring?", L, U4, [("21.2", "")], ["monitoring"], False, {}),
    ("l061", "Can DHA set a phone call quota for CalWORKs workers?", L, UPE, [("3", "")], ["quota"], False, {}),
    ("l062", "How long are UPE workers held harmless for errors under SDR Phase II?", L, UPE, [("2", "")], ["three (3) months"], False, {}),
    ("l063", "Can CalWORKs worksites use computer systems as a time clock?", L, UPE, [("4", "")], ["time clock"], False, {}),
    ("l064", "Will DHA honor individual worker schedules under SDR?", L, UPE, [("8", "")], ["3 months"], False, {}),
    ("l065", "What were the CASE Unit 2 straw poll results?", L, CASE, [("2", "")], ["65%"], False, {}),
    # --- the same kinds of questions in members' own words (plain) ------------------------
    ("p001", "my boss called me back in after my shift, how many hours do I get paid?", L, U4, [("19.9", "A")], ["four (4) hours"], True, {}),
    ("p002", "I got written up and want to complain, how many days do I have?", L, U4, [("6.7", "A.1")], ["calendar days"], True, {}),
    ("p003", "can I get comp time instead of money for working late?", L, U4, [("19.2", "C")], ["CTO"], True, {}),
    ("p004", "I'm on call this weekend, what do I get for it?", L, U4, [("19.10", "C")], ["two (2) hours"], True, {}),
    ("p005", "my mom passed away, do I get paid time off for the funeral?", L, U4, [("8.3", "A")], ["bereavement"], True, {}),
    ("p006", "I'm having a baby, how much time off can I take?", L, U4, [("8.4", "A")], ["one (1) year"], True, {}),
    ("p007", "do I get paid extra for working graveyard?", L, U4, [("11.5", "A.2")], ["$.50"], True, {}),
    ("p008", "how many breaks do I get in a day?", L, U4, [("19.3", "A")], ["fifteen (15) minutes"], True, {}),
    ("p009", "how long is my lunch?", L, U4, [("19.4", "A")], ["thirty (30) minutes"], True, {}),
    ("p010", "I got a jury summons, do I lose pay?", L, U4, [("8.14", "A")], ["without loss of compensation"], True, {}),
    ("p011", "can coworkers donate their hours to me while I'm out sick for months?", L, U4, [("8.8", "")], ["transferred"], True, {}),
    ("p012", "are they allowed to lay me off before the new guy?", L, U4, [("16.1", "B")], ["seniority"], True, {}),
    ("p013", "can I work from home?", L, U4, [("21.1", "A")], ["telework"], True, {}),
    ("p014", "I've been doing my supervisor's job for months, can I get paid for it?", L, U4, [("14.2", "B.3")], ["rate of pay"], True, {}),
    ("p015", "do I get extra pay for speaking Spanish with customers?", L, U4, [("11.6", "")], ["Bilingual"], True, {}),
    ("p016", "does the state help pay for my bus pass?", L, U4, [("12.4", "A")], ["75 percent"], True, {}),
    ("p017", "they make me work two hours past my shift, do I get dinner money?", L, U4, [("12.8", "A")], ["$8"], True, {}),
    ("p018", "my kid is sick, can I use my sick days to stay home with them?", L, U4, [("8.2", "A.4")], ["son, daughter"], True, {}),
    ("p019", "I'm a part-timer, how do I earn vacation?", L, U4, [("8.1", "C")], ["7 L"], True, {}),
    ("p020", "what if I have too much vacation saved up?", L, U4, [("8.1", "J")], ["400 hours"], True, {}),
    ("p021", "can my boss look through my personnel file?", L, U4, [("13.1", "B")], ["confidential"], True, {}),
    ("p022", "my manager chewed me out in front of everyone, is that allowed?", L, U4, [("13.2", "")], ["private"], True, {}),
    ("p023", "the office is unsafe and I'm scared to work there, what can I do?", L, U4, [("6.13", "D")], ["immediate and recognizable threat"], True, {}),
    ("p024", "do I get a raise every year?", L, U4, [("11.4", "A")], ["merit salary adjustments"], True, {}),
    ("p025", "can I meet with my union rep during work hours?", L, U4, [("2.7", "")], ["without loss of compensation"], True, {}),
    ("p026", "they're watching my computer all day, is that legal under the contract?", L, U4, [("21.2", "")], ["monitoring"], True, {}),
    ("p027", "do I get time off to take a state exam?", L, U4, [("8.10", "A")], ["examination"], True, {}),
    ("p028", "how much do I get paid if I'm off work with a non-work injury?", L, U4, [("9.12", "B")], ["60 percent"], True, {}),
    ("p029", "can I take a year off without pay?", L, U4, [("8.7", "A")], ["one (1) year"], True, {}),
    ("p030", "do we get Veterans Day off if it's on a Saturday?", L, U4, [("7", "F")], ["preceding Friday"], True, {}),
    ("p031", "how much comp time can I bank?", L, U4, [("19.2", "H")], ["240 hours"], True, {}),
    ("p032", "will they be tracking how many calls I take under the new service center setup?", L, UPE, [("3", "")], ["quota"], True, {}),
    ("p033", "if I make mistakes with the new SDR duties will I get in trouble?", L, UPE, [("2", "")], ["held harmless"], True, {}),
    ("p034", "do I get my own choice of vacation dates if two of us want the same week?", L, U4, [("8.1", "H")], ["seniority"], True, {}),
    ("p035", "what if the boss never answers my grievance?", L, U4, [("6.11", "")], ["appeal to the next step"], True, {}),
    ("p036", "does the state have to give me safety gear?", L, U4, [("10.6", "")], ["Safety equipment"], True, {}),
    ("p037", "can I get reimbursed for my work boots or uniform?", L, U4, [("12.10", "A")], ["uniform"], True, {}),
    ("p038", "my computer screen hurts my eyes, does the contract say anything about workstations?", L, U4, [("10.14", "")], ["computer"], True, {}),
    ("p039", "can I trade shifts with a coworker?", L, U4, [("19.7", "A")], ["exchange"], True, {}),
    ("p040", "they're spraying bug poison in the building, do they have to tell us?", L, U4, [("10.21", "A")], ["pest control"], True, {}),
    ("p041", "how much notice do I have to give before taking my floating holiday?", L, U4, [("7", "D")], ["five (5) days"], True, {}),
    ("p042", "how many hours of vacation do I get a month after ten years?", L, U4, [("8.1", "A")], ["hours per month"], True, {}),
    # --- questions that need two sections ------------------------------------------------
    ("m001", "How much vacation and sick leave does a full-time employee earn each month?", M, U4, [("8.1", "A"), ("8.2", "B")], ["eight (8) hours"], False, {}),
    ("m002", "How do part-time employees earn holidays and sick leave?", M, U4, [("7", "L"), ("8.2", "C.1")], ["7 L"], False, {}),
    ("m003", "What are the deadlines to file at Step 1 and to appeal to Step 2?", M, U4, [("6.7", "A.1"), ("6.8", "A")], ["calendar days"], False, {}),
    ("m004", "Do holidays count as time worked for overtime, and what is the overtime rate?", M, U4, [("7", "I"), ("19.2", "B")], ["time worked"], False, {}),
    ("m005", "If I'm on standby and get called back, do I get both standby and call back credit?", M, U4, [("19.10", "D"), ("19.9", "A")], ["call back"], False, {}),
    ("m006", "What is the CTO cap and how is CTO earned for standby?", M, U4, [("19.2", "H"), ("19.10", "C")], ["240 hours"], False, {}),
    ("m007", "What are the Step 3 and Step 4 appeal deadlines?", M, U4, [("6.9", "A"), ("6.10", "A")], ["calendar days"], False, {}),
    ("m008", "Can I use vacation for bereavement of my in-laws, and how is vacation credit earned?", M, U4, [("8.3", "B"), ("8.1", "A")], ["vacation"], False, {}),
    ("m009", "What is the night shift differential, and is there a separate one for toll collectors?", M, U4, [("11.5", "A.1"), ("Side Letter 17", "")], ["night shift"], False, {}),
    ("m010", "How is a grievance defined and how long does the supervisor have to respond informally?", M, U4, [("6.2", "A"), ("6.6", "")], ["seven (7) calendar days"], False, {}),
    ("m011", "what do I get if I'm called back in, and what if I'm on call instead?", M, U4, [("19.9", "A"), ("19.10", "C")], ["four (4) hours"], True, {}),
    ("m012", "how much personal holiday time do I get and when can my department deny it?", M, U4, [("7", "C"), ("7", "D")], ["personal holiday"], True, {}),
    # --- calculator questions with exact expected results ---------------------------------
    ("c001", "I found out on March 3, 2000 that I was passed over. When is my last day to file a grievance?", C, U4, [("6.7", "A.1")], ["March 24, 2000"], True, {"tool": "grievance_deadline", "values": {"due": "2000-03-24"}}),
    ("c002", "I learned about the problem on 2/8/2000, what's the deadline to file a grievance?", C, U4, [("6.7", "A.1")], ["February 29, 2000"], True, {"tool": "grievance_deadline", "values": {"due": "2000-02-29"}}),
    ("c003", "I found out on 2/8/2001, when is the last day to file a grievance?", C, U4, [("6.7", "A.1")], ["March 1, 2001"], True, {"tool": "grievance_deadline", "values": {"due": "2001-03-01"}}),
    ("c004", "The step 1 decision came on 4/3/2000, when is the deadline to appeal to step 2?", C, U4, [("6.8", "A")], ["April 24, 2000"], False, {"tool": "grievance_deadline", "values": {"due": "2000-04-24"}}),
    ("c005", "I received the step 3 decision on May 1, 2000. By when must I appeal to step 4?", C, U4, [("6.10", "A")], ["May 31, 2000"], False, {"tool": "grievance_deadline", "values": {"due": "2000-05-31"}}),
    ("c006", "We got the step 4 response on June 1, 2000, what's the deadline for arbitration?", C, U4, [("6.12", "A")], ["July 1, 2000"], False, {"tool": "grievance_deadline", "values": {"due": "2000-07-01"}}),
    ("c007", "I found out on June 13, 2000, when is my deadline to file a grievance?", C, U4, [("6.7", "A.1")], ["July 4, 2000", "holiday"], True, {"tool": "grievance_deadline", "values": {"due": "2000-07-04"}}),
    ("c008", "Give me the timeline of all deadlines if I learned of the problem on 2/8/2000", C, U4, [("6.7", "A.1")], ["February 29, 2000"], True, {"tool": "grievance_timeline", "values": {"start": "2000-02-08"}}),
    ("c009", "I filed the formal grievance on 1/20/2000, when does the step 1 response have to come?", C, U4, [("6.7", "E")], ["February 3, 2000"], True, {"tool": "grievance_deadline", "values": {"due": "2000-02-03"}}),
    ("c010", "My duties changed on January 3, 2000. When is the last day to file an out-of-class grievance?", C, U4, [("14.2", "D.2")], ["May 2, 2000"], False, {"tool": "grievance_deadline", "values": {"due": "2000-05-02"}}),
    ("c011", "How much vacation will I have after a year?", C, U4, [("8.1", "A")], ["84 hours"], True, {"tool": "leave_accrual", "values": {"vacation_balance_hours": 84}}),
    ("c012", "How much vacation will I have after 6 months?", C, U4, [("8.1", "A")], ["42 hours"], True, {"tool": "leave_accrual", "values": {"vacation_balance_hours": 42}}),
    ("c013", "I've worked 16 years full time, how much vacation do I earn each month now?", C, U4, [("8.1", "A")], ["13 hours"], True, {"tool": "leave_accrual", "values": {"monthly_vacation_hours": 13}}),
    ("c014", "I'm 4/5 time with 2 years of service, how much sick leave do I accrue after 2 years?", C, U4, [("7", "L")], ["153.6 hours"], True, {"tool": "leave_accrual", "values": {"sick_balance_hours": 153.6}}),
    ("c015", "I work half time and have 4 years in, how much vacation do I earn a month?", C, U4, [("7", "L")], ["5 hours"], True, {"tool": "leave_accrual", "values": {"monthly_vacation_hours": 5.0}}),
    ("c016", "I worked 52 minutes of overtime, how much CTO do I get?", C, U4, [("19.2", "B.2")], ["1.5 hours"], True, {"tool": "overtime", "values": {"credited_minutes": 60, "cto_hours": 1.5}}),
    ("c017", "I stayed 22 minutes late on an ordered overtime, how much overtime is credited?", C, U4, [("19.2", "B.2")], ["30 minutes"], True, {"tool": "overtime", "values": {"credited_minutes": 30}}),
    ("c018", "If I work 21 minutes of overtime how much do I get credited?", C, U4, [("19.2", "B.2")], ["15 minutes"], True, {"tool": "overtime", "values": {"credited_minutes": 15}}),
    ("c019", "I worked 8 minutes of overtime, how much do I get?", C, U4, [("19.2", "B.1")], ["nothing is credited"], True, {"tool": "overtime", "values": {"credited_minutes": 0}}),
    ("c020", "I worked 43 hours and 22 minutes this week, how much overtime CTO do I get?", C, U4, [("19.2", "B")], ["5.25 hours"], True, {"tool": "overtime", "values": {"credited_hours": 3.5, "cto_hours": 5.25}}),
    ("c021", "I was on standby for 24 hours this weekend, how much comp time do I get?", C, U4, [("19.10", "C")], ["6 hours"], True, {"tool": "standby", "values": {"cto_hours": 6}}),
    ("c022", "I was on call for 16 hours, how much comp time do I get?", C, U4, [("19.10", "C")], ["4 hours"], True, {"tool": "standby", "values": {"cto_hours": 4}}),
    ("c023", "My shift is 10 pm to 6:30 am, how much night shift differential do I get?", C, U4, [("11.5", "A.2")], ["$0.50"], True, {"tool": "night_shift", "values": {"rate_per_hour": 0.5}}),
    ("c024", "I work 4 pm to 12:30 am, what night shift differential do I get?", C, U4, [("11.5", "A.1")], ["$0.40"], True, {"tool": "night_shift", "values": {"rate_per_hour": 0.4}}),
    ("c025", "I got called back and worked 1.5 hours, how many hours do I get credited?", C, U4, [("19.9", "A")], ["4 hours"], True, {"tool": "call_back", "values": {"credited_hours": 4}}),
    ("c026", "Which holidays fall on a Saturday in 2000?", C, U4, [("7", "G")], ["Saturday"], False, {"tool": "holidays", "values": {"year": 2000}}),
    ("c027", "What are the holidays in 2001?", C, U4, [("7", "B")], ["Thanksgiving"], False, {"tool": "holidays", "values": {"year": 2001}}),
    ("c028", "When is my last day to file a grievance?", C, U4, [("6.7", "A.1")], ["Which date did you learn of it"], True, {"tool": "grievance_deadline", "needs": ["event date"]}),
    ("c029", "How much vacation will I have built up?", C, U4, [("8.1", "A")], ["How long have you worked"], True, {"tool": "leave_accrual", "needs": ["months of service"]}),
    # --- questions the documents do not answer -------------------------------------------
    ("x001", "What's the weather in Sacramento tomorrow?", X, U4, [], [], True, {}),
    ("x002", "Can I bring my dog to the office?", X, U4, [], [], True, {}),
    ("x003", "Does the contract give me a company car?", X, U4, [], [], True, {}),
    ("x004", "Will the state pay for my gym membership?", X, U4, [], [], True, {}),
    ("x005", "Is there a signing bonus for new hires?", X, U4, [], [], True, {}),
    ("x006", "Can I get stock options?", X, U4, [], [], True, {}),
    ("x007", "What is the dress code for casual Fridays?", X, U4, [], [], True, {}),
    ("x008", "Are tattoos allowed at work?", X, U4, [], [], True, {}),
    ("x009", "Who won the World Series in 1999?", X, U4, [], [], True, {}),
    ("x010", "Can I smoke marijuana on my lunch break?", X, U4, [], [], True, {}),
    ("x011", "Does the state pay for my cell phone plan?", X, U4, [], [], True, {}),
    ("x012", "How do I reset my password for the payroll website?", X, U4, [], [], True, {}),
    ("x013", "Does the contract cover pet insurance?", X, U4, [], [], True, {}),
    ("x014", "Can I get a standing desk?", X, U4, [], [], True, {}),
    ("x015", "What is the recipe for the cafeteria's chili?", X, U4, [], [], True, {}),
    ("x016", "Is there free childcare on site at every office?", X, U4, [], [], True, {}),
    ("x017", "Can the union endorse a candidate for governor?", X, U4, [], [], True, {}),
    ("x018", "How many sick days do teachers in Texas get?", X, U4, [], [], True, {}),
    ("x019", "Does the contract guarantee me a private office with a window?", X, U4, [], [], True, {}),
    ("x020", "Will I get a bonus for referring a friend to apply?", X, U4, [], [], True, {}),
    ("x021", "Is there a rule about music with headphones at my desk?", X, U4, [], [], True, {}),
    ("x022", "Can I wear shorts in summer?", X, U4, [], [], True, {}),
    ("x023", "What is the capital of France?", X, U4, [], [], True, {}),
    ("x024", "Does the contract let me keep frequent flyer miles from work travel?", X, U4, [], [], True, {}),
]


def build(contracts_dir: Path = Path("data/contracts")) -> list[dict]:
    documents = {c.id: c for c in load_documents([contracts_dir], 10**9).contracts}
    rows = []
    for item_id, question, kind, contract_id, gold, must, plain, extra in ITEMS:
        contract = documents[contract_id]
        quote = ""
        if gold:
            section = contract.section(gold[0][0])
            assert section is not None, (item_id, gold)
            clause = section.clause(gold[0][1]) if gold[0][1] else section.clauses[0]
            assert clause is not None, (item_id, gold)
            quote = clause.text.split("\n")[0][:160]
        answer = extra.get("answer") or (must[0] if must else "The contract does not address this.")
        rows.append({
            "id": item_id, "question": question, "kind": kind, "contract": contract_id,
            "gold": [{"section": s, "clause": c} for s, c in gold], "quote": quote,
            "answer": answer, "must_contain": must, "plain_words": plain,
            **({"expected": {k: v for k, v in extra.items() if k in ("tool", "values", "needs")}} if kind == C else {}),
        })
    return rows


if __name__ == "__main__":
    target = Path(__file__).parent / "gold" / "gold.jsonl"
    rows = build()
    target.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} items to {target}")
