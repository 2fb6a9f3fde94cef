"""The reference files as other producers write them, read as USPS means them: record types and
parities as words (`Street`, `even`), flags as YES/NO, a street numbered the Queens way (`71-12`,
the part after the hyphen counting along the street: its parity is the side, its last two digits
the default delivery point), and a high-rise's unit ranges that are lettered (`4A`-`4F`) or split by
parity (odd and even floors' units on two ZIP+4s), a ZIP type as the USPS City State file's letter,
numbers written as floats (`56175.0`, `312.0`: a column of numbers with gaps in it, written out by
pandas or R), no-break spaces and invisible characters copied with the values, streets written in words or
whole in the name's column. One drop, built
once to the mail file, on the
sample's reference files with these records added in ZIP 56175 (Tracy, MN)."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from conftest import DbtRun, make_drop, run_dbt

NBSP, ZWSP, LRM = "\u00a0", "\u200b", "\u200e"
ZIP4_HEADER = ("zip5,zip4,record_type,primary_low,primary_high,primary_parity,predirectional,street_name,suffix,"
               "postdirectional,secondary_designator,secondary_low,secondary_high,secondary_parity,carrier_route")
ZIP4_ROWS = [
    # QUEENS BLVD, both sides, the Queens way, type and parity as words in mixed case
    "56175,7001,Street,71-00,71-98,even,,QUEENS,BLVD,,,,,,C777",
    "56175,7002,s,71-01,71-99,Odd,,QUEENS,BLVD,,,,,,C777",
    # 500 TOWER CT: the building's own record, a lettered floor, and two ranges split by parity (the
    # odd units' ZIP+4 the lower, so that a unit read without its parity would go there)
    "56175,7010,H,500,500,B,,TOWER,CT,,,,,,C777",
    "56175,7011,high-rise,500,500,B,,TOWER,CT,,APT,4A,4F,,C777",
    "56175,7012,H,500,500,B,,TOWER,CT,,APT,1,99,ODD,C777",
    "56175,7013,H,500,500,B,,TOWER,CT,,APT,2,98,E,C777",
    # PLANK RD written out from a dataframe: every number a float
    "56175.0,7020.0,S,300.0,398.0,E,,PLANK,RD,,,,,,C777",
    "56175.0,7021.0,H,600.0,600.0,B,,PLANK,RD,,APT,1.0,9.0,B,C777",
    # COPPER KETTLE RD copied from a web page: no-break spaces and invisible characters in codes and names
    f"56175,7030,S{NBSP},800,898,{ZWSP}E,,COPPER{NBSP}KETTLE,RD{ZWSP},,,,,,C777",
    # CAPITOL PLZ: a firm's plaza, its odd side, and a penthouse across the way
    "56175,7040,S,1,99,O,,CAPITOL,PLZ,,,,,,C777",
    "56175,7041,H,2,2,B,,CAPITOL,PLZ,,PH,1,9,B,C777",
    # Wisconsin grid numbers: a range of one prefix, its odd side
    "56175,7060,S,W140N8901,W140N8999,O,,LILLY,RD,,,,,,C777",
    # streets written in words, in mixed case, with periods, or whole in the name's column
    "56175,7070,S,10,98,E,,MAPLE GROVE AVE,,,,,,,C777",
    "56175,7071,S,20,98,E,,BIRCHWOOD,Avenue,,,,,,C777",
    "56175,7072,S,40,98,E,North,ELMHURST,DR,,,,,,C777",
    "56175,7073,S,50,98,E,,FIFTH,AVE,,,,,,C777",
    "56175,7074,S,70,98,E,,St. James,Pl.,,,,,,C777",
    "56175,7075,H,80,80,B,,HARBOR VIEW,TERRACE,,Apartment,1,9,B,C777",
    "56175,7076,S,300,398,E,,PINE,ST,South West,,,,,C777",
    "56175,7077,S,1,99,O,,N LAKESHORE DR E,,,,,,,C777",
    "56175,7078,S,2,98,E,,AVE J,,,,,,,C777",
    # boxes and routes named in words, or with a leading zero
    "59999,7080,P,1,99,B,,Post Office Box,,,,,,,B777",
    "56175,7081,R,1,99,B,,RURAL ROUTE 7,,,,,,,R777",
    "56175,7082,R,1,99,B,,Highway Contract 8,,,,,,,H777",
    "56175,7083,R,1,99,B,,RR09,,,,,,,R778",
    # two ZIPs whose City State rows name their state (below)
    "56990,7090,S,10,98,E,,ASPEN,CT,,,,,,C777",
    "56990,7091,H,20,20,B,,BIRCH,CT,,APT,1,9,B,C777",
    "56991,7092,S,10,98,E,,CEDAR,CT,,,,,,C777",
    # numbered highways in other forms of Pub 28 237
    "56175,7079,S,100,198,E,,HWY 61,,,,,,,C777",
    "56175,7084,S,100,198,E,,US HWY 1,,,,,,,C777",
    "56175,7085,S,100,198,E,,STATE RTE 9,,,,,,,C777",
    "56175,7086,S,100,198,E,,CO RD 5,,,,,,,C777",
    "56175,7087,S,100,198,E,N,FM 1960,,,,,,,C777",
    # a numbered road and a numbered street whose neighbours in number the ZIP does not have
    "56990,7093,S,100,198,E,,COUNTY ROAD 7,,,,,,,C777",
    "56990,7094,S,100,198,E,,13TH,ST,,,,,,C777",
    # a second ZIP of Tracy Springs, with a street of its own
    "56992,7095,S,10,98,E,,LARCH,CT,,,,,,C777",
    # ASPEN CT runs on from 56990 into 56992 with its higher numbers
    "56992,7096,S,100,198,E,,ASPEN,CT,,,,,,C777",
    # suffix words inside a name, spelled out or abbreviated (Pub 28 234 abbreviates the last only)
    "56990,7097,S,10,98,E,,MAIN STREET,EXT,,,,,,C777",
    "56990,7098,S,10,98,E,,ELM ST,EXT,,,,,,C777",
    "56990,7099,S,10,98,E,,MTN VIEW,DR,,,,,,C777",
    "56990,7089,S,10,98,E,,GREEN MEADOW,LN,,,,,,C777",
    # two streets of one name that differ in their directional, and two in their suffix
    "56990,7060,S,400,498,E,N,SUNSET,BLVD,,,,,,C777",
    "56990,7061,S,400,498,E,S,SUNSET,BLVD,,,,,,C777",
    "56990,7062,S,400,498,E,,RIDGE,RD,,,,,,C777",
    "56990,7063,S,400,498,E,,RIDGE,AVE,,,,,,C777",
    # a city whose name opens with a directional
    "56993,7064,S,10,98,E,,OAK,CT,,,,,,C777",
    # an overseas military unit's boxes (the sample's City State file has 96278, APO AP)
    "96278,7050,S,4100,4199,B,,UNIT 2050,,,,,,,M777",
    # streets named with directional words, written whole in the name column as the USPS product does
    "56175,7065,S,100,198,E,,EAST WEST,HWY,,,,,,C777",
    "56175,7066,S,100,198,E,,NORTH,AVE,,,,,,C777",
    # S ST and SOUTH ST, two streets of one ZIP
    "56175,7067,S,100,198,E,,S,ST,,,,,,C777",
    "56175,7068,S,100,198,E,,SOUTH,ST,,,,,,C777",
]
DPV_ROWS = [
    # zip5,zip4,primary_number,secondary_designator,secondary_number,delivery_point,vacant,cmra,no_stat,residential
    "56175,7001,71-12,,,12,No,no,0,Yes",
    "56175,7002,71-13,,,13,YES,N,N,TRUE",
    "56175,7010,500,,,99,N,N,N,N",
    "56175,7011,500,APT,4B,42,n,n,n,y",
    "56175,7012,500,APT,13,13,f,f,f,t",
    "56175,7013,500,APT,12,12,N,N,N,Y",
    "56175.0,7020.0,312.0,,,12.0,N,N,N,Y",
    "56175.0,7021.0,600.0,APT,3.0,3.0,N,N,N,Y",
    f"56175,7030,812,,,12,N{NBSP},{LRM}N,N,Y{NBSP}",
    "56175,7040,1,,,01,N,N,N,N",
    "56175,7041,2,PH,2,22,N,N,N,Y",
    "56175,7060,W140N8917,,,17,N,N,N,Y",
    "56175,7070,10,,,10,N,N,N,Y",
    "56175,7071,20,,,20,N,N,N,Y",
    "56175,7072,40,,,40,N,N,N,Y",
    "56175,7073,50,,,50,N,N,N,Y",
    "56175,7074,70,,,70,N,N,N,Y",
    "56175,7075,80,APARTMENT,5,05,N,N,N,Y",
    "56175,7076,300,,,00,N,N,N,Y",
    "56175,7077,15,,,15,N,N,N,Y",
    "56175,7078,14,,,14,N,N,N,Y",
    "59999,7080,5,,,05,N,N,N,Y",
    "56175,7081,6,,,06,N,N,N,Y",
    "56175,7082,7,,,07,N,N,N,Y",
    "56175,7083,8,,,08,N,N,N,Y",
    "56990,7090,10,,,10,N,N,N,Y",
    # units written with their designator or a # in the number's column
    "56990,7091,20,,#5,05,N,N,N,Y",
    "56990,7091,20,,APT 6,06,N,N,N,Y",
    "56991,7092,10,,,10,N,N,N,Y",
    "56175,7079,120,,,20,N,N,N,Y",
    "56175,7084,120,,,20,N,N,N,Y",
    "56175,7085,120,,,20,N,N,N,Y",
    "56175,7086,120,,,20,N,N,N,Y",
    "56175,7087,120,,,20,N,N,N,Y",
    "56990,7093,120,,,20,N,N,N,Y",
    "56990,7094,120,,,20,N,N,N,Y",
    "56992,7095,10,,,10,N,N,N,Y",
    "56992,7096,120,,,20,N,N,N,Y",
    "56990,7097,10,,,10,N,N,N,Y",
    "56990,7097,14,,,14,N,N,N,Y",
    "56990,7098,12,,,12,N,N,N,Y",
    "56990,7099,22,,,22,N,N,N,Y",
    "56990,7089,30,,,30,N,N,N,Y",
    "56990,7060,402,,,02,N,N,N,Y",
    "56990,7061,402,,,02,N,N,N,Y",
    "56990,7062,402,,,02,N,N,N,Y",
    "56990,7063,402,,,02,N,N,N,Y",
    "56993,7064,10,,,10,N,N,N,Y",
    "96278,7050,4190,,,90,N,N,N,Y",
    # house numbers with a letter: the file writes 52A and 12B, and 58-B with its hyphen
    "56175,7073,52A,,,52,N,N,N,Y",
    "56175,7073,58-B,,,58,N,N,N,Y",
    "56175,7070,12B,,,12,N,N,N,Y",
    # a house number padded with zeros to a width
    "56175,7072,0042,,,42,N,N,N,Y",
    "56175,7075,80,APARTMENT,007,07,N,N,N,Y",
    "56175,7065,120,,,20,N,N,N,Y",
    "56175,7066,126,,,26,N,N,N,Y",
    "56175,7067,130,,,30,N,N,N,Y",
    "56175,7068,130,,,31,N,N,N,Y",
]
# a ZIP of the USPS City State file's one-letter classification (P: PO boxes only)
CITY_STATE_ROWS = ["59999,PO BOX TOWN,MT,p,",
                   # a state written as its name, and as a traditional abbreviation
                   "56990,Tracy Springs,Minnesota,Standard,\"East Tracy; Tracy Hills, Springs Corner\"",
                   "56991,LAKE BENTON HEIGHTS,Minn.,S,",
                   "56992,TRACY SPRINGS,MN,STANDARD,",
                   "56993,NORTH BRANCH,MN,STANDARD,",
                   # a ZIP's other name on a row of its own, as the USPS City State product lists them
                   "56993,Branch Falls,MN,STANDARD,Falls Branch"]
LIST_LINES = [
    "Q1,Ann,,Ortega,,,71-12 Queens Blvd,,Tracy,MN,56175,REF,",
    "Q2,Ben,,Okafor,,,71-13 Queens Blvd,,Tracy,MN,56175,REF,",
    "U1,Cal,,Imai,,,500 Tower Ct Apt 4B,,Tracy,MN,56175,REF,",
    "U2,Dee,,Varga,,,500 Tower Ct Apt 12,,Tracy,MN,56175,REF,",
    "U3,Eve,,Mbeki,,,500 Tower Ct Apt 13,,Tracy,MN,56175,REF,",
    "F1,Fay,,Ngata,,,312 Plank Rd,,Tracy,MN,56175,REF,",
    "F2,Gus,,Oduya,,,600 Plank Rd Apt 3,,Tracy,MN,56175,REF,",
    "K1,Hal,,Brandt,,,812 Copper Kettle Rd,,Tracy,MN,56175,REF,",
    # the number in words, the firm's name on line 1
    "N1,Ida,,Lund,,Capitol Partners,Capitol Partners,One Capitol Plaza,Tracy,MN,56175,REF,",
    # a penthouse with its number (PH takes none in Pub 28's table, but may have one)
    "N2,Jo,,Kent,,,2 Capitol Plz Penthouse 2,,Tracy,MN,56175,REF,",
    # a unit number alone on line 2, and No. for its designator
    "N3,Kim,,Lopez,,,500 Tower Ct,12,Tracy,MN,56175,REF,",
    "N4,Lee,,Moss,,,500 Tower Ct No. 13,,Tracy,MN,56175,REF,",
    # a lettered unit keyed with a hyphen or a space (the file writes 4B)
    "U4,Quin,,Reyes,,,500 Tower Ct Apt 4-B,,Tracy,MN,56175,REF,",
    "U5,Rae,,Soto,,,500 Tower Ct,Apt 4 B,Tracy,MN,56175,REF,",
    # grid numbers: as the file writes it, in two parts, and another prefix with the same digits
    "G1,Ned,,Olin,,,W140N8917 Lilly Rd,,Tracy,MN,56175,REF,",
    "G2,Oda,,Park,,,W140 N8917 Lilly Road,,Tracy,MN,56175,REF,",
    "G3,Pia,,Quon,,,W141N8917 Lilly Rd,,Tracy,MN,56175,REF,",
    # a street over a PO box (Pub 28 215: the line above the city line is delivered to)
    "D1,Max,,Nash,,,312 Plank Rd,PO Box 45,Tracy,MN,56175,REF,",
    # streets the ZIP+4 file writes in words or whole in the name's column (7070 to 7078)
    "W1,Ada,,Quist,,,10 Maple Grove Ave,,Tracy,MN,56175,REF,",
    "W2,Abe,,Rolle,,,20 Birchwood Ave,,Tracy,MN,56175,REF,",
    "W3,Ari,,Tobin,,,40 N Elmhurst Dr,,Tracy,MN,56175,REF,",
    "W4,Bo,,Udall,,,50 5th Ave,,Tracy,MN,56175,REF,",
    "W5,Cy,,Wendt,,,70 St James Pl,,Tracy,MN,56175,REF,",
    "W6,Di,,Xiong,,,80 Harbor View Ter Apt 5,,Tracy,MN,56175,REF,",
    "W7,Ed,,Yoder,,,300 Pine St SW,,Tracy,MN,56175,REF,",
    "W8,Flo,,Zorn,,,15 N Lakeshore Dr E,,Tracy,MN,56175,REF,",
    "W9,Gil,,Quast,,,14 Ave J,,Tracy,MN,56175,REF,",
    "B1,Hal,,Rask,,,PO Box 5,,PO Box Town,MT,59999,REF,",
    "B2,Ike,,Sorensen,,,RR 7 Box 6,,Tracy,MN,56175,REF,",
    "B3,Jan,,Toivonen,,,HC 8 Box 7,,Tracy,MN,56175,REF,",
    "B4,Kai,,Ulvaeus,,,RR 9 Box 8,,Tracy,MN,56175,REF,",
    # no ZIP: coded from the city and state, which the City State file writes as a name
    "C1,Lia,,Vang,,,10 Aspen Ct,,Tracy Springs,MN,,REF,",
    "C2,Mo,,Wirth,,,20 Birch Ct Apt 5,,Tracy Springs,MN,56990,REF,",
    "C3,Nils,,Ystad,,,20 Birch Ct Apt 6,,Tracy Springs,MN,56990,REF,",
    "C4,Ole,,Zetterlund,,,10 Cedar Ct,,Lake Benton Heights,MN,,REF,",
    # an alternate city of a list that the file separates with semicolons and commas
    "C5,Pat,,Ahlberg,,,10 Aspen Ct,,Tracy Hills,MN,,REF,",
    "C6,Ros,,Bergqvist,,,10 Aspen Ct,,Springs Corner,MN,,REF,",
    # a ZIP of the right city that does not have the street: the city's other ZIP does
    "C7,Sol,,Carlsson,,,10 Aspen Ct,,Tracy Springs,MN,56992,REF,",
    "C8,Tor,,Dahlberg,,,10 Larch Ct,,Tracy Springs,MN,56990,REF,",
    # the street is in the ZIP given, but not with this number: its part beyond is in the other ZIP
    "C9,Ulf,,Ekberg,,,120 Aspen Ct,,Tracy Springs,MN,56990,REF,",
    # highways as the list writes them, against the ZIP+4 file's other forms (7079, 7084 to 7087)
    "R1,Pam,,Vogel,,,120 Highway 61,,Tracy,MN,56175,REF,",
    "R2,Quin,,Wolfe,,,120 US Highway 1,,Tracy,MN,56175,REF,",
    "R3,Rex,,Yilmaz,,,120 State Route 9,,Tracy,MN,56175,REF,",
    "R4,Sia,,Zamora,,,120 County Road 5,,Tracy,MN,56175,REF,",
    "R5,Tim,,Abbott,,,120 N Farm to Market Road 1960,,Tracy,MN,56175,REF,",
    # a road or street the ZIP does not have, one digit from one it has (7093, 7094); and a
    # misspelling of the one it has, which is corrected
    "R6,Uma,,Barros,,,120 County Road 5,,Tracy Springs,MN,56990,REF,",
    "R7,Val,,Cortez,,,120 12th St,,Tracy Springs,MN,56990,REF,",
    "R8,Wes,,Dunn,,,120 Countey Road 7,,Tracy Springs,MN,56990,REF,",
    # a suffix word inside the name written the other way than the ZIP+4 file writes it (7097 to
    # 7099, 7089); and a road that differs in that word, which is another road
    "E1,Xia,,Ekholm,,,10 Main St Ext,,Tracy Springs,MN,56990,REF,",
    "E2,Yul,,Fagerlund,,,12 Elm Street Extension,,Tracy Springs,MN,56990,REF,",
    "E3,Zed,,Granlund,,,22 Mountain View Dr,,Tracy Springs,MN,56990,REF,",
    "E4,Ada,,Hedlund,,,14 Main Ave Ext,,Tracy Springs,MN,56990,REF,",
    # MDW is MEADOW's abbreviation (and a variant C1 lists for MEADOWS)
    "E5,Bea,,Isaksson,,,30 Green Mdw Ln,,Tracy Springs,MN,56990,REF,",
    # a city misspelled or abbreviated, with no ZIP or one without the street
    "T1,Cato,,Jansson,,,10 Aspen Ct,,Tracey Springs,MN,,REF,",
    "T2,Dag,,Karlsson,,,10 Aspen Ct,,Tracy Spgs,MN,,REF,",
    "T3,Eli,,Lindqvist,,,10 Aspen Ct,,TracySprings,MN,,REF,",
    "T4,Fox,,Magnusson,,,10 Aspen Ct,,Trasey Sprngs,MN,,REF,",
    "T5,Gry,,Nilsson,,,10 Cedar Ct,,Tracey Springs,MN,,REF,",
    "T6,Hed,,Olofsson,,,10 Aspen Ct,,Tracey Springs,MN,56991,REF,",
    "T7,Ivo,,Persson,,,312 Plank Rd,,Tracey,MN,,REF,",
    "T8,Jens,,Rask,,,10 Oak Ct,,N. Branch,MN,,REF,",
    "T9,Kaj,,Strand,,,10 Oak Ct,,Branch,MN,,REF,",
    # a street that two streets of the ZIP fit as well as each other (7060 to 7063), and each given whole
    "V1,Jon,,Quist,,,402 Sunset Blvd,,Tracy Springs,MN,56990,REF,",
    "V2,Kia,,Rydberg,,,402 S Sunset Blvd,,Tracy Springs,MN,56990,REF,",
    "V3,Lo,,Sandell,,,402 Ridge,,Tracy Springs,MN,56990,REF,",
    "V4,Mae,,Thorsen,,,402 Ridge Rd,,Tracy Springs,MN,56990,REF,",
    # a route or a military unit on one line and its box on the other, either way round (a form's two
    # address fields); and, with the city, state and ZIP fields empty, the last line on line 2 or a
    # military one at the end of line 1
    "M1,Abe,,Lind,,,RR 7,Box 6,Tracy,MN,56175,REF,",
    "M2,Bea,,Moe,,,Box 7,HC 8,Tracy,MN,56175,REF,",
    "M3,Cid,,Ness,,,Unit 2050,Box 4190,APO,AP,96278,REF,",
    "M4,Dot,,Orr,,,312 Plank Rd,Tracy MN 56175,,,,REF,",
    'M5,Eva,,Pike,,,600 Plank Rd Apt 3,"Tracy, MN 56175-7021",,,,REF,',
    "M6,Fin,,Quam,,,Unit 2050 Box 4190 APO AP 96278,,,,,REF,",
    "M7,Gia,,Rudd,,,Unit 2050 Box 4190,APO AP 96278,,,,REF,",
    # two neighbouring letters swapped in a street or a city (PALNK for PLANK, TARCY for TRACY); and two
    # letters that are not neighbours swapped (PNALK), which is two letters off
    "S1,Hugo,,Sahl,,,312 Palnk Rd,,Tracy,MN,56175,REF,",
    "S2,Ines,,Tamm,,,10 Aspen Ct,,Tarcy Springs,MN,,REF,",
    "S3,Jory,,Ulm,,,312 Pnalk Rd,,Tracy,MN,56175,REF,",
    # a house number's letter after a hyphen, or apart, where the file has it without; the file's
    # hyphen where the list has none; a letter apart that no house has
    "A1,Al,,Aberg,,,52-A Fifth Ave,,Tracy,MN,56175,REF,",
    "A2,Bo,,Bexell,,,52 A Fifth Ave,,Tracy,MN,56175,REF,",
    "A3,Cy,,Crona,,,58B 5th Ave,,Tracy,MN,56175,REF,",
    "A4,Di,,Dahlin,,,12 b Maple Grove Ave,,Tracy,MN,56175,REF,",
    "A5,Ed,,Edgren,,,52 X Fifth Ave,,Tracy,MN,56175,REF,",
    # a number the file pads with zeros, and one the list pads
    "A6,Fy,,Fogel,,,42 N Elmhurst Dr,,Tracy,MN,56175,REF,",
    "A7,Gi,,Gran,,,0014 Ave J,,Tracy,MN,56175,REF,",
    # and units: a list's APT 012 for the file's 12, a list's APT 7 for the file's 007
    "A8,Hal,,Hult,,,500 Tower Ct Apt 012,,Tracy,MN,56175,REF,",
    "A9,Ina,,Ivers,,,80 Harbor View Ter Apt 7,,Tracy,MN,56175,REF,",
    # two units on line 2: the building or floor and then the apartment or room, as on line 1
    "J1,Ann,,Bloom,,,500 Tower Ct,Bldg 1 Apt 12,Tracy,MN,56175,REF,",
    "J2,Ann,,Cloud,,,500 Tower Ct Bldg 1 Apt 12,,Tracy,MN,56175,REF,",
    "J3,Ann,,Gull,,,500 Tower Ct,Building 1 Room 13,Tracy,MN,56175,REF,",
    "J4,Ann,,Hale,,,500 Tower Ct,Floor 3 Apt 4B,Tracy,MN,56175,REF,",
    # NO. and SO. for NORTH and SOUTH: the ZIP has N ELMHURST DR only
    "J5,Ann,,Ives,,,42 No. Elmhurst Dr,,Tracy,MN,56175,REF,",
    "J6,Ann,,Jost,,,42 So Elmhurst Dr,,Tracy,MN,56175,REF,",
    "J7,Ann,,Kay,,,42 No Elmhurst Drive,,Tracy,MN,56175,REF,",
    "L1,Ann,,Lund,,,120 East West Hwy,,Tracy,MN,56175,REF,",
    "L2,Ann,,Mott,,,126 N Ave,,Tracy,MN,56175,REF,",
    "L3,Ann,,Nash,,,126 North Avenue,,Tracy,MN,56175,REF,",
    "L4,Ann,,Orr,,,130 S St,,Tracy,MN,56175,REF,",
    "L5,Ann,,Pike,,,130 South St,,Tracy,MN,56175,REF,",
    "O1,Ann,,Quinn,,,500 Tower Ct Apt 12 Bldg 1,,Tracy,MN,56175,REF,",
    "O2,Ann,,Reyes,,,500 Tower Ct,#13 Building 1,Tracy,MN,56175,REF,",
    "O3,Ann,,Sato,,,\"500 Tower Ct Apt 4B, 3rd Floor\",,Tracy,MN,56175,REF,",
    "O4,Ann,,Tate,,,500 Tower Ct Apt 12,Building 1,Tracy,MN,56175,REF,",
    # a city that is a ZIP's other name on a row of its own (and that row's alternate), with and without the ZIP
    "H1,Jan,,Hallberg,,,10 Oak Ct,,Branch Falls,MN,,REF,",
    "H2,Kim,,Hedberg,,,10 Oak Ct,,Branch Falls,MN,56993,REF,",
    "H3,Lars,,Hultman,,,10 Oak Ct,,Falls Branch,MN,,REF,",
]


def mailed_with(build: DbtRun, prefix: str) -> list[tuple]:
    """The mailed records whose record_id starts with `prefix`, in record_id order: (record_id, delivery
    line, ZIP+4, delivery point, DPV code)."""
    return build.query("select record_id, delivery_line, zip4, delivery_point, dpv_code from marts.mail_ready "
                       f"where record_id like '{prefix}%' order by record_id")


def cass_flag(build: DbtRun, flag: str, record_ids: list[str]) -> list[tuple[str, bool]]:
    """The CASS flag `flag` (is_zip_corrected, is_street_corrected) of each list record named, by record_id."""
    ids = ", ".join(f"'{record_id}'" for record_id in record_ids)
    return build.query(f"""select lines.record_id, cass.{flag} from intermediate.int_addresses__cass_coded as cass
                           inner join intermediate.int_mail_list__intake as lines
                               on cass.address_source = 'mail_list' and cass.source_key = cast(lines.source_line as varchar)
                           where lines.record_id in ({ids}) order by 1""")


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> DbtRun:
    tmp = tmp_path_factory.mktemp("reference_files")
    drop = make_drop(tmp / "drop", LIST_LINES)
    for name, rows in [("zip4_ranges.csv", ZIP4_ROWS), ("delivery_points.csv", DPV_ROWS),
                       ("city_state.csv", CITY_STATE_ROWS)]:
        with (drop / name).open("a", encoding="utf-8") as out:
            out.write("".join(row + "\n" for row in rows))
    assert (drop / "zip4_ranges.csv").read_text(encoding="utf-8").splitlines()[0] == ZIP4_HEADER
    run = run_dbt(tmp, "build", drop, select="+mail_ready +rejected_records")
    assert run.returncode == 0, run.output[-3000:]
    return run


def test_a_queens_number_is_coded_by_its_side_of_the_street(build: DbtRun) -> None:
    """71-12 is on the even side (7001), its delivery point 12; 71-13 on the odd side (7002), whose
    point the file marks vacant with YES: rejected as vacant, as Y would have it."""
    mailed = build.query("select record_id, delivery_line, zip4, delivery_point, dpv_code, carrier_route "
                         "from marts.mail_ready where record_id like 'Q%'")
    assert mailed == [("Q1", "71-12 QUEENS BLVD", "7001", "12", "Y", "C777")]
    rejected = build.query("select record_id, reason_code from marts.rejected_records where record_id like 'Q%'")
    assert rejected == [("Q2", "DPV_VACANT")]


def test_units_are_coded_to_their_own_range(build: DbtRun) -> None:
    """4B is in the lettered range 4A-4F, 12 in the even units' range and 13 in the odd units':
    each coded to its range's ZIP+4 and confirmed there, not to the building's own record. 4-B and
    4 B, as lists key them, are 4B (unit_match_key)."""
    got = mailed_with(build, "U")
    assert got == [("U1", "500 TOWER CT APT 4B", "7011", "42", "Y"),
                   ("U2", "500 TOWER CT APT 12", "7013", "12", "Y"),
                   ("U3", "500 TOWER CT APT 13", "7012", "13", "Y"),
                   # 4-B and 4 B are the file's 4B (printed as keyed); before, DPV S at the building's record
                   ("U4", "500 TOWER CT APT 4-B", "7011", "42", "Y"),
                   ("U5", "500 TOWER CT APT 4 B", "7011", "42", "Y")]
    # CASS itself chose those ranges (the delivery point is looked up on the coded segment's street)
    coded = build.query("""select lines.record_id, cass.zip4 from intermediate.int_addresses__cass_coded as cass
                           inner join intermediate.int_mail_list__intake as lines
                               on cass.address_source = 'mail_list' and cass.source_key = cast(lines.source_line as varchar)
                           where lines.record_id like 'U%' order by 1""")
    assert coded == [("U1", "7011"), ("U2", "7013"), ("U3", "7012"), ("U4", "7011"), ("U5", "7011")]


def test_numbers_written_as_floats_are_read_as_whole_numbers(build: DbtRun) -> None:
    """312 is in the even range 300.0-398.0 of ZIP+4 7020.0, its delivery point 12.0; unit 3 in the
    units 1.0-9.0 of 7021.0: both coded, confirmed and barcoded as if written without the zeros."""
    got = build.query("select record_id, delivery_line, zip5, zip4, delivery_point, dpv_code "
                      "from marts.mail_ready where record_id like 'F%' order by record_id")
    assert got == [("F1", "312 PLANK RD", "56175", "7020", "12", "Y"),
                   ("F2", "600 PLANK RD APT 3", "56175", "7021", "03", "Y")]
    segments = build.query("select zip5, zip4, primary_low, primary_high, secondary_low, secondary_high "
                           "from staging.stg_drop__zip4_ranges where zip4 in ('7020', '7021') order by zip4")
    assert segments == [("56175", "7020", 300, 398, None, None), ("56175", "7021", 600, 600, "1", "9")]


def test_no_break_spaces_and_invisible_characters_read_as_the_text_shows(build: DbtRun) -> None:
    """A reference file saved from a web page or a word processor: a no-break space between the
    street's words and after a code, a zero-width space or a direction mark before or after one. The
    code before this read `<ZWSP>E` as no parity and `<LRM>N` as no CMRA flag and stopped the build:
    the street is coded and its point confirmed, occupied and residential."""
    got = build.query("select record_id, delivery_line, zip4, delivery_point, dpv_code, rdi "
                      "from marts.mail_ready where record_id = 'K1'")
    assert got == [("K1", "812 COPPER KETTLE RD", "7030", "12", "Y", "R")]
    assert build.query("select record_type, primary_parity, street_name, suffix from staging.stg_drop__zip4_ranges "
                       "where zip4 = '7030'") == [("S", "E", "COPPER KETTLE", "RD")]


def test_flags_and_codes_as_words_are_read(build: DbtRun) -> None:
    """The staging tables hold the one standard form of every spelling the rows above use."""
    segments = build.query("select zip4, record_type, primary_low, primary_high, primary_parity, secondary_parity "
                           "from staging.stg_drop__zip4_ranges where zip4 like '70%' and zip4 < '7020' and zip5 = '56175' order by zip4")
    assert segments == [("7001", "S", 7100, 7198, "E", None), ("7002", "S", 7101, 7199, "O", None),
                        ("7010", "H", 500, 500, "B", None), ("7011", "H", 500, 500, "B", None),
                        ("7012", "H", 500, 500, "B", "O"), ("7013", "H", 500, 500, "B", "E")]
    points = build.query("select zip4, is_vacant, is_cmra, is_no_stat, is_residential from staging.stg_drop__delivery_points "
                         "where zip4 like '70%' and zip4 < '7020' and zip5 = '56175' order by zip4")
    assert points == [("7001", False, False, False, True), ("7002", True, False, False, True),
                      ("7010", False, False, False, False), ("7011", False, False, False, True),
                      ("7012", False, False, False, True), ("7013", False, False, False, True)]
    assert build.query("select zip_type from staging.stg_drop__city_state where zip5 = '59999'") == [("PO BOX",)]


def test_no_sample_segment_is_read_differently(build: DbtRun) -> None:
    """The sample's own rows, which write every code as a letter, read as they did."""
    with open(Path(__file__).parents[2] / "sample_drop" / "zip4_ranges.csv", encoding="utf-8", newline="") as f:
        expected = sorted({(r["record_type"], r["primary_parity"], r["secondary_parity"]) for r in csv.DictReader(f)})
    got = build.query("select distinct record_type, primary_parity, coalesce(secondary_parity, '') "
                      "from staging.stg_drop__zip4_ranges where not (zip5 in ('56175', '59999', '56990', '56991', '56992', '56993', '96278') and zip4 like '70%') order by all")
    assert got == expected
    # nor any street's parts: the sample writes them as the ZIP+4 product does, abbreviated
    with open(Path(__file__).parents[2] / "sample_drop" / "zip4_ranges.csv", encoding="utf-8", newline="") as f:
        streets = sorted({(r["zip5"], r["zip4"], r["predirectional"], r["street_name"], r["suffix"], r["postdirectional"],
                           r["secondary_designator"]) for r in csv.DictReader(f)})
    assert build.query("select distinct zip5, zip4, coalesce(predirectional, ''), street_name, coalesce(suffix, ''), "
                       "coalesce(postdirectional, ''), coalesce(secondary_designator, '') from staging.stg_drop__zip4_ranges "
                       "where not (zip5 in ('56175', '59999', '56990', '56991', '56992', '56993', '96278') and zip4 like '70%') order by all") == streets
    # nor any ZIP's state, nor any unit of a delivery point
    with open(Path(__file__).parents[2] / "sample_drop" / "city_state.csv", encoding="utf-8", newline="") as f:
        states = sorted({(r["zip5"], r["state"]) for r in csv.DictReader(f)})
    assert build.query("select zip5, state from staging.stg_drop__city_state where zip5 not in ('59999', '56990', '56991', '56992', '56993') "
                       "order by all") == states
    with open(Path(__file__).parents[2] / "sample_drop" / "delivery_points.csv", encoding="utf-8", newline="") as f:
        units = sorted({(r["zip5"], r["zip4"], r["secondary_designator"], r["secondary_number"])
                        for r in csv.DictReader(f) if r["secondary_number"]})
    assert build.query("select distinct zip5, zip4, secondary_designator, secondary_number from staging.stg_drop__delivery_points "
                       "where secondary_number is not null and not (zip5 in ('56175', '59999', '56990', '56991', '56992', '56993', '96278') "
                       "and zip4 like '70%') order by all") == units


def test_numbers_and_units_as_people_write_them_are_coded(build: DbtRun) -> None:
    """`One Capitol Plaza` under the firm's name is house 1 (the files hold the number in figures);
    `Penthouse 2` is unit PH 2, though Pub 28's table gives PH no number; a unit number alone on
    line 2, and `No. 13`, are units whose designator is not known (`#`), coded to the building's
    ranges of that number. Before, the first was rejected as unparseable and the others had their
    unit read as part of the street's name, or dropped."""
    got = mailed_with(build, "N")
    assert got == [("N1", "1 CAPITOL PLZ", "7040", "01", "Y"),
                   ("N2", "2 CAPITOL PLZ PH 2", "7041", "22", "Y"),
                   ("N3", "500 TOWER CT # 12", "7013", "12", "Y"),
                   ("N4", "500 TOWER CT # 13", "7012", "13", "Y")]


def test_a_street_over_a_po_box_is_delivered_to_the_box(build: DbtRun) -> None:
    """Pub 28 215: of two addresses, the one on the line just above the city line is the delivery
    address, and the ZIP+4 is the box's (the sample's boxes 1 to 100 of Tracy, 1476). Before, the box
    on line 2 was dropped and the piece coded to the street (312 PLANK RD, 7020)."""
    got = build.query("select record_id, delivery_line, zip4, delivery_point, dpv_code, carrier_route "
                      "from marts.mail_ready where record_id = 'D1'")
    assert got == [("D1", "PO BOX 45", "1476", "45", "Y", "B001")]


def test_grid_numbers_are_coded_within_their_prefix(build: DbtRun) -> None:
    """A Wisconsin grid number (W140N8917) is in the range W140N8901-W140N8999 of its odd side: coded,
    confirmed, its default delivery point its last two digits; written in two parts (W140 N8917) it
    is the same number. Another prefix with the same digits (W141N8917) is not in that range.
    Before, a number that starts with a letter had no value and was never coded."""
    got = mailed_with(build, "G")
    assert got == [("G1", "W140N8917 LILLY RD", "7060", "17", "Y"), ("G2", "W140N8917 LILLY RD", "7060", "17", "Y")]
    assert build.query("select record_id, reason_code from marts.rejected_records where record_id like 'G%'") == [
        ("G3", "CASS_NOT_CODED")]


def test_streets_written_in_words_are_read_as_pub28_writes_them(build: DbtRun) -> None:
    """A ZIP+4 file written other than USPS writes it: suffixes and directionals in words and in
    mixed case (`Avenue`, `North`, `South West`), an ordinal spelled out (FIFTH), periods (`St.
    James`, `Pl.`), a whole street in the name's column (`MAPLE GROVE AVE`, `N LAKESHORE DR E`), a
    lettered avenue abbreviated (`AVE J`), a unit designator in words on both files. Each street
    is read as the addresses are, so each record is coded, confirmed, and printed in Pub 28's
    abbreviations. Before, W1, W3, W4, W7, W8 and W9 were not coded, and W2 and W5 were printed
    `20 BIRCHWOOD AVENUE` and `70 ST. JAMES PL.`."""
    got = mailed_with(build, "W")
    assert got == [("W1", "10 MAPLE GROVE AVE", "7070", "10", "Y"),
                   ("W2", "20 BIRCHWOOD AVE", "7071", "20", "Y"),
                   ("W3", "40 N ELMHURST DR", "7072", "40", "Y"),
                   ("W4", "50 5TH AVE", "7073", "50", "Y"),
                   ("W5", "70 ST JAMES PL", "7074", "70", "Y"),
                   ("W6", "80 HARBOR VIEW TER APT 5", "7075", "05", "Y"),
                   ("W7", "300 PINE ST SW", "7076", "00", "Y"),
                   ("W8", "15 N LAKESHORE DR E", "7077", "15", "Y"),
                   ("W9", "14 AVENUE J", "7078", "14", "Y")]
    segments = build.query("select zip4, predirectional, street_name, suffix, postdirectional, secondary_designator "
                           "from staging.stg_drop__zip4_ranges where zip4 between '7070' and '7078' order by zip4")
    assert segments == [("7070", None, "MAPLE GROVE", "AVE", None, None),
                        ("7071", None, "BIRCHWOOD", "AVE", None, None),
                        ("7072", "N", "ELMHURST", "DR", None, None),
                        ("7073", None, "5TH", "AVE", None, None),
                        ("7074", None, "ST JAMES", "PL", None, None),
                        ("7075", None, "HARBOR VIEW", "TER", None, "APT"),
                        ("7076", None, "PINE", "ST", "SW", None),
                        ("7077", "N", "LAKESHORE", "DR", "E", None),
                        ("7078", None, "AVENUE J", None, None, None)]


def test_boxes_and_routes_named_in_words_are_read_as_pub28_names_them(build: DbtRun) -> None:
    """A PO box segment named `Post Office Box`, routes named `RURAL ROUTE 7`, `Highway Contract 8`
    and `RR09`: read as the addresses' parse names them (PO BOX, RR 7, HC 8, RR 9), so that each
    box is coded to its segment and confirmed. Before, none of the four was coded."""
    got = build.query("select record_id, delivery_line, zip5, zip4, delivery_point, dpv_code "
                      "from marts.mail_ready where record_id like 'B%' order by record_id")
    assert got == [("B1", "PO BOX 5", "59999", "7080", "05", "Y"),
                   ("B2", "RR 7 BOX 6", "56175", "7081", "06", "Y"),
                   ("B3", "HC 8 BOX 7", "56175", "7082", "07", "Y"),
                   ("B4", "RR 9 BOX 8", "56175", "7083", "08", "Y")]


def test_states_named_and_units_written_with_their_designator_are_read(build: DbtRun) -> None:
    """A City State file that names its states (`Minnesota`, `Minn.`) codes a record without a ZIP
    from its city and state; a delivery-point file that writes a unit's number with its
    designator or a `#` (`APT 6`, `#5`) confirms the list's `Apt 6` and `Apt 5` at their own
    delivery points. Alternate cities separated by a semicolon and a comma (`East Tracy; Tracy
    Hills, Springs Corner`) are three: a record without a ZIP in one of them is coded. Before, C1,
    C4, C5 and C6 were `CASS_INVALID_ZIP`, and C2 and C3 were mailed with DPV S at the building's
    delivery point, 20."""
    got = build.query("select record_id, delivery_line, zip5, zip4, delivery_point, dpv_code "
                      "from marts.mail_ready where record_id like 'C%' and record_id < 'C7' order by record_id")
    assert got == [("C1", "10 ASPEN CT", "56990", "7090", "10", "Y"),
                   ("C2", "20 BIRCH CT APT 5", "56990", "7091", "05", "Y"),
                   ("C3", "20 BIRCH CT APT 6", "56990", "7091", "06", "Y"),
                   ("C4", "10 CEDAR CT", "56991", "7092", "10", "Y"),
                   ("C5", "10 ASPEN CT", "56990", "7090", "10", "Y"),
                   ("C6", "10 ASPEN CT", "56990", "7090", "10", "Y")]
    assert build.query("select zip5, state from staging.stg_drop__city_state where zip5 in ('56990', '56991') "
                       "order by zip5") == [("56990", "MN"), ("56991", "MN")]
    assert build.query("select secondary_designator, secondary_number from staging.stg_drop__delivery_points "
                       "where zip4 = '7091' order by secondary_number") == [("#", "5"), ("APT", "6")]


def test_highways_in_another_form_are_read_and_numbers_are_never_corrected(build: DbtRun) -> None:
    """The ZIP+4 file writes its highways `HWY 61`, `US HWY 1`, `STATE RTE 9`, `CO RD 5`, `FM 1960`
    (all Pub 28 237 forms); the list writes them in full. Each is read as the list's parse reads it,
    so each record is coded and printed in the standard form. Before, R2 and R5 were not coded,
    R3 was printed `STATE RTE 9`, and R4 (County Road 5) was coded to COUNTY ROAD 7 of the ZIP+4
    file, one character off. A street correction keeps a name's numbers now: County Road 5 and
    12th St are not coded where the ZIP has only County Road 7 and 13th St (before, both were
    corrected to them: pieces to the wrong road), while a misspelling of County Road 7 is."""
    got = build.query("select record_id, delivery_line, zip5, zip4, delivery_point, dpv_code "
                      "from marts.mail_ready where record_id like 'R%' order by record_id")
    assert got == [("R1", "120 HIGHWAY 61", "56175", "7079", "20", "Y"),
                   ("R2", "120 US HIGHWAY 1", "56175", "7084", "20", "Y"),
                   ("R3", "120 STATE ROUTE 9", "56175", "7085", "20", "Y"),
                   ("R4", "120 COUNTY ROAD 5", "56175", "7086", "20", "Y"),
                   ("R5", "120 N FARM TO MARKET ROAD 1960", "56175", "7087", "20", "Y"),
                   ("R8", "120 COUNTY ROAD 7", "56990", "7093", "20", "Y")]
    assert build.query("select record_id, reason_code from marts.rejected_records where record_id like 'R%' "
                       "order by record_id") == [("R6", "CASS_NOT_CODED"), ("R7", "CASS_NOT_CODED")]


def test_a_zip_of_the_right_city_without_the_street_is_corrected(build: DbtRun) -> None:
    """Tracy Springs has two ZIPs, ASPEN CT in 56990 and LARCH CT in 56992. A record that gives the
    city's other ZIP (the neighbouring ZIP, the commonest wrong one) is corrected to the ZIP whose
    segments hold its street and number, as CASS corrects a ZIP, and flagged so; and so is one
    whose street is in the ZIP given but runs on into the other with the record's number (120 ASPEN
    CT). Before, the ZIP stood because it is one of the city's, and the three records were rejected
    `CASS_NOT_CODED`."""
    got = build.query("select record_id, delivery_line, city, zip5, zip4, delivery_point, dpv_code "
                      "from marts.mail_ready where record_id in ('C7', 'C8', 'C9') order by record_id")
    assert got == [("C7", "10 ASPEN CT", "TRACY SPRINGS", "56990", "7090", "10", "Y"),
                   ("C8", "10 LARCH CT", "TRACY SPRINGS", "56992", "7095", "10", "Y"),
                   ("C9", "120 ASPEN CT", "TRACY SPRINGS", "56992", "7096", "20", "Y")]
    assert cass_flag(build, "is_zip_corrected", ["C1", "C2", "C7", "C8", "C9"]) == (
        [("C1", True), ("C2", False), ("C7", True), ("C8", True), ("C9", True)])


def test_a_suffix_word_inside_a_name_is_compared_either_way(build: DbtRun) -> None:
    """Pub 28 234 abbreviates a street's last suffix and keeps the words inside its name as written,
    so a list's `Main St Ext` and the ZIP+4 file's MAIN STREET EXT are one street, as are `Elm
    Street Extension` and ELM ST EXT, `Mountain View Dr` and MTN VIEW DR, and `Green Mdw Ln` and
    GREEN MEADOW LN (MDW is MEADOW's abbreviation, though C1 lists it under MEADOWS too). CASS corrects each to
    the file's street, flagged as a street correction. Before, all four were rejected
    `CASS_NOT_CODED`. `Main Ave Ext` differs in the suffix word itself and is another road: it is
    not coded to MAIN STREET EXT."""
    got = build.query("select record_id, delivery_line, zip5, zip4, delivery_point, dpv_code "
                      "from marts.mail_ready where record_id like 'E%' order by record_id")
    assert got == [("E1", "10 MAIN STREET EXT", "56990", "7097", "10", "Y"),
                   ("E2", "12 ELM ST EXT", "56990", "7098", "12", "Y"),
                   ("E3", "22 MTN VIEW DR", "56990", "7099", "22", "Y"),
                   ("E5", "30 GREEN MEADOW LN", "56990", "7089", "30", "Y")]
    assert build.query("select record_id, reason_code from marts.rejected_records where record_id like 'E%' "
                       "order by record_id") == [("E4", "CASS_NOT_CODED")]
    assert cass_flag(build, "is_street_corrected", ["E1", "E2", "E3", "E4", "E5"]) == (
        [("E1", True), ("E2", True), ("E3", True), ("E4", False), ("E5", True)])


def test_a_city_misspelled_or_abbreviated_is_read_as_the_citys_name(build: DbtRun) -> None:
    """With no ZIP, or one without the street, CASS takes the ZIP from the city, state, street and
    number. A city one letter off the City State file's (`Tracey Springs`, `Tracey`), or written with
    USPS's abbreviations of its words (`Tracy Spgs`, `N. Branch`, as USPS abbreviates a long city name
    and lists keep it), is read as that city, and the ZIP of it whose segments hold the address is taken and
    flagged corrected; the city printed is the file's. Before, T1, T2, T6, T7 and T8 were rejected
    `CASS_INVALID_ZIP` or `CASS_NOT_CODED`. A city two letters off (T4), or without its directional
    (T9, `Branch` for North Branch), is no city, nor does a
    misspelled city take a street that is not in it (T5: CEDAR CT is in Lake Benton Heights); a city
    keyed without its spaces (T3) still reads as it did."""
    got = build.query("select record_id, delivery_line, city, zip5, zip4, delivery_point, dpv_code "
                      "from marts.mail_ready where record_id like 'T%' order by record_id")
    assert got == [("T1", "10 ASPEN CT", "TRACY SPRINGS", "56990", "7090", "10", "Y"),
                   ("T2", "10 ASPEN CT", "TRACY SPRINGS", "56990", "7090", "10", "Y"),
                   ("T3", "10 ASPEN CT", "TRACY SPRINGS", "56990", "7090", "10", "Y"),
                   ("T6", "10 ASPEN CT", "TRACY SPRINGS", "56990", "7090", "10", "Y"),
                   ("T7", "312 PLANK RD", "TRACY", "56175", "7020", "12", "Y"),
                   ("T8", "10 OAK CT", "NORTH BRANCH", "56993", "7064", "10", "Y")]
    assert build.query("select record_id, reason_code from marts.rejected_records where record_id like 'T%' "
                       "order by record_id") == [("T4", "CASS_INVALID_ZIP"), ("T5", "CASS_INVALID_ZIP"),
                                                 ("T9", "CASS_INVALID_ZIP")]
    assert cass_flag(build, "is_zip_corrected", ["T1", "T2", "T6", "T7", "T8"]) == (
        [("T1", True), ("T2", True), ("T6", True), ("T7", True), ("T8", True)])


def test_an_address_two_streets_fit_equally_is_a_multiple_response(build: DbtRun) -> None:
    """Tracy Springs' 56990 has N SUNSET BLVD and S SUNSET BLVD, and RIDGE RD and RIDGE AVE, each with
    a house at 402. `402 Sunset Blvd` and `402 Ridge` fit two streets as well as each other: CASS calls
    that a multiple response and assigns no ZIP+4 (the ZIP stands, the USPS footnote E), so each is
    rejected `CASS_NOT_CODED`, and the suggested correction names the two streets. Before, each was
    coded to the segment with the lower ZIP+4 (N SUNSET BLVD, RIDGE RD), and mailed to one of two houses.
    Given whole (`402 S Sunset Blvd`, `402 Ridge Rd`), each is coded to its own street."""
    assert mailed_with(build, "V") == [
        ("V2", "402 S SUNSET BLVD", "7061", "02", "Y"), ("V4", "402 RIDGE RD", "7062", "02", "Y")]
    assert build.query("select record_id, reason_code, delivery_line, suggested_correction from marts.rejected_records "
                       "where record_id like 'V%' order by record_id") == [
        ("V1", "CASS_NOT_CODED", "402 SUNSET BLVD",
         "more than one street of the ZIP has 402: N SUNSET BLVD and S SUNSET BLVD; give the directional or suffix"),
        ("V3", "CASS_NOT_CODED", "402 RIDGE",
         "more than one street of the ZIP has 402: RIDGE AVE and RIDGE RD; give the directional or suffix")]


def test_a_route_and_its_box_on_two_lines_and_a_last_line_in_the_address_lines_are_read(build: DbtRun) -> None:
    """A form with two address fields splits `RR 7 BOX 6` as `RR 7` over `Box 6` (or the box first), and
    a military `UNIT 2050 BOX 4190` as `Unit 2050` over `Box 4190`: each is one delivery line, the route
    first (Pub 28 241, 251, 225). Before, the route alone was unparseable and `Unit 2050` read as an
    apartment of `PO BOX 4190`. A record whose city, state and ZIP fields are empty and whose line 2 is its
    last line (`Tracy MN 56175`, a three-line address block on two fields), or whose line 1 ends with a
    military last line (`... APO AP 96278`, no comma), is coded from it. Before, each was `CASS_INVALID_ZIP`."""
    assert build.query("select record_id, delivery_line, city, state, zip5, zip4, delivery_point, dpv_code "
                       "from marts.mail_ready where record_id like 'M%' order by record_id") == [
        ("M1", "RR 7 BOX 6", "TRACY", "MN", "56175", "7081", "06", "Y"),
        ("M2", "HC 8 BOX 7", "TRACY", "MN", "56175", "7082", "07", "Y"),
        ("M3", "UNIT 2050 BOX 4190", "APO", "AP", "96278", "7050", "90", "Y"),
        ("M4", "312 PLANK RD", "TRACY", "MN", "56175", "7020", "12", "Y"),
        ("M5", "600 PLANK RD APT 3", "TRACY", "MN", "56175", "7021", "03", "Y"),
        ("M6", "UNIT 2050 BOX 4190", "APO", "AP", "96278", "7050", "90", "Y"),
        ("M7", "UNIT 2050 BOX 4190", "APO", "AP", "96278", "7050", "90", "Y")]


def test_a_house_numbers_letter_and_zeros_are_read_as_the_files(build: DbtRun) -> None:
    """A house number with a letter (a duplex's halves, 52A and 52B) as lists write it: `52-A` finds the
    delivery-point file's 52A, a list's `58B` finds a file's 58-B (a hyphen between the number and its
    letter is not compared; one between two numbers, Queens' 71-12, still is), and `52 A Fifth Ave`, the
    letter apart, is 52A FIFTH AVE when the ZIP has FIFTH AVE and no A FIFTH AVE. Before, the first two
    were DPV_NOT_CONFIRMED and the last two CASS_NOT_CODED. The hyphen is printed as the list wrote it
    (Pub 28 Appendix D1); the letter apart is printed joined. A letter no house has (52X) is not
    confirmed, and the suggestion names the nearest house, 52A. Zeros before a house number (a file's
    `0042`, a list's `0014`: files padded to a width) are not compared either, nor before a unit of
    digits (`APT 012`, a file's `007`); before, none of these was confirmed."""
    assert mailed_with(build, "A") == [
        ("A1", "52-A 5TH AVE", "7073", "52", "Y"),
        ("A2", "52A 5TH AVE", "7073", "52", "Y"),
        ("A3", "58B 5TH AVE", "7073", "58", "Y"),
        ("A4", "12B MAPLE GROVE AVE", "7070", "12", "Y"),
        ("A6", "42 N ELMHURST DR", "7072", "42", "Y"),
        ("A7", "0014 AVENUE J", "7078", "14", "Y"),
        ("A8", "500 TOWER CT APT 012", "7013", "12", "Y"),
        ("A9", "80 HARBOR VIEW TER APT 7", "7075", "07", "Y")]
    assert build.query("select record_id, reason_code, delivery_line, suggested_correction from marts.rejected_records "
                       "where record_id like 'A%' order by record_id") == [
        ("A5", "DPV_NOT_CONFIRMED", "52X 5TH AVE", "no delivery point at 52X; nearest on the street: 52A 5TH AVE")]
    assert cass_flag(build, "is_street_corrected", ["A2", "A4"]) == [("A2", False), ("A4", False)]


def test_two_units_on_line_2_are_read_as_on_line_1(build: DbtRun) -> None:
    """A building or floor and then the apartment or room on line 2 (`Bldg 1 Apt 12` under `500 Tower Ct`)
    are read as they are on line 1: the last is the unit the delivery point is found by, the first is
    printed before it, and each designator is written as Pub 28 writes it (`Building 1 Room 13` is
    BLDG 1 RM 13). Before, the whole rest of the line was the first unit's number (`1 APT 12`): the
    piece went out DPV S with the building's ZIP+4 and the default delivery point 00, a wrong barcode."""
    assert mailed_with(build, "J")[:4] == [
        ("J1", "500 TOWER CT BLDG 1 APT 12", "7013", "12", "Y"),
        ("J2", "500 TOWER CT BLDG 1 APT 12", "7013", "12", "Y"),
        ("J3", "500 TOWER CT BLDG 1 RM 13", "7012", "13", "Y"),
        ("J4", "500 TOWER CT FL 3 APT 4B", "7011", "42", "Y")]


def test_a_unit_written_before_its_building_or_floor_is_the_unit(build: DbtRun) -> None:
    """`500 Tower Ct Apt 12 Bldg 1`: the apartment is the unit the delivery point is found by, and the
    building is printed before it, as when written first. Before, the building, the line's last unit, was
    the unit: the piece went out DPV S with an odd unit range's ZIP+4 (BLDG 1) and the default delivery
    point 00, a wrong barcode. The same on line 2, with `#`, with an ordinal floor behind a comma, and
    with the apartment on line 1 and its building alone on line 2."""
    assert mailed_with(build, "O") == [
        ("O1", "500 TOWER CT BLDG 1 APT 12", "7013", "12", "Y"),
        ("O2", "500 TOWER CT BLDG 1 # 13", "7012", "13", "Y"),
        ("O3", "500 TOWER CT FL 3 APT 4B", "7011", "42", "Y"),
        ("O4", "500 TOWER CT BLDG 1 APT 12", "7013", "12", "Y")]


def test_no_and_so_before_a_street_are_north_and_south(build: DbtRun) -> None:
    """`42 No. Elmhurst Dr`, as New England's lists abbreviate NORTH, is 42 N ELMHURST DR when the ZIP has
    ELMHURST DR and no NO ELMHURST DR; before, the street was read as NO ELMHURST and the address was
    CASS_NOT_CODED. SO is SOUTH: where the ZIP has only N ELMHURST DR, `42 So Elmhurst Dr` is not coded
    to the north side."""
    assert mailed_with(build, "J5") + mailed_with(build, "J7") == [
        ("J5", "42 N ELMHURST DR", "7072", "42", "Y"), ("J7", "42 N ELMHURST DR", "7072", "42", "Y")]
    assert build.query("select record_id, reason_code, delivery_line from marts.rejected_records "
                       "where record_id = 'J6'") == [("J6", "CASS_NOT_CODED", "42 S ELMHURST DR")]


def test_streets_named_with_directional_words_are_coded(build: DbtRun) -> None:
    """Directional words can be a street's name (Pub 28 233), and the ZIP+4 product writes such a name
    whole in its name column. `120 East West Hwy` is coded to the ZIP's EAST WEST HWY: before, the file's
    name was read as EAST with the postdirectional W, the list's as the predirectional E and WEST, and the
    record was CASS_NOT_CODED. `126 N Ave` is the ZIP's NORTH AVE (a lone N before a suffix is the name,
    abbreviated); before it was CASS_NOT_CODED. Where the ZIP has both S ST and SOUTH ST, each keeps its
    own street."""
    assert mailed_with(build, "L") == [
        ("L1", "120 E WEST HWY", "7065", "20", "Y"),
        ("L2", "126 NORTH AVE", "7066", "26", "Y"),
        ("L3", "126 NORTH AVE", "7066", "26", "Y"),
        ("L4", "130 S ST", "7067", "30", "Y"),
        ("L5", "130 SOUTH ST", "7068", "31", "Y")]


def test_a_zip_listed_on_a_row_per_name_is_read_as_one_zip(build: DbtRun) -> None:
    """A City State file that lists a ZIP on a row per name (the USPS product's layout) rather than the
    spec's one row with the others pipe-separated: the ZIP's first row names its preferred city, and the
    cities of its other rows (and their alternates) are its alternate names. A record of `Branch Falls`
    without a ZIP is coded to 56993 from its city, and one with the ZIP is consistent. Before, the file's
    uniqueness test stopped the build."""
    assert build.query("select record_id, delivery_line, zip5, zip4, dpv_code from marts.mail_ready "
                       "where record_id like 'H%' order by record_id") == [
        ("H1", "10 OAK CT", "56993", "7064", "Y"),
        ("H2", "10 OAK CT", "56993", "7064", "Y"),
        ("H3", "10 OAK CT", "56993", "7064", "Y")]
    assert cass_flag(build, "is_zip_corrected", ["H1", "H2", "H3"]) == [("H1", True), ("H2", False), ("H3", True)]


def test_two_letters_swapped_are_one_letter_off(build: DbtRun) -> None:
    """A street or city keyed with two neighbouring letters swapped (`312 Palnk Rd` for PLANK RD, `Tarcy
    Springs` for TRACY SPRINGS), the slip a typist makes most often beside a wrong letter, is one letter
    off and corrected as a wrong letter is (a street of 4+ letters, a city of 5+). Before, a swap counted
    as two letters (Levenshtein's distance) and both records were rejected. Two letters swapped that are
    not neighbours (`Pnalk`) are still two letters off, and not corrected."""
    assert build.query("select record_id, delivery_line, city, zip5, zip4, delivery_point, dpv_code "
                       "from marts.mail_ready where record_id like 'S%' order by record_id") == [
        ("S1", "312 PLANK RD", "TRACY", "56175", "7020", "12", "Y"),
        ("S2", "10 ASPEN CT", "TRACY SPRINGS", "56990", "7090", "10", "Y")]
    assert build.query("select record_id, reason_code from marts.rejected_records where record_id like 'S%' "
                       "order by record_id") == [("S3", "CASS_NOT_CODED")]
    assert cass_flag(build, "is_street_corrected", ["S1", "S3"]) == [("S1", True), ("S3", False)]
