// Build-time data for analyze.ts (never bundled): how likely a calm text is to contain each
// word or punctuation mark, in ten-thousandths. It is used only to choose the most telling
// words for a gate, never to decide what a gate lets through. Made once from the calm texts
// of this project (test/fixtures/tone/kind.txt, the example letters and the letter templates)
// and, for everyday English, from the paragraphs of the installed packages' documentation.
export const WORD_FREQUENCIES =
  ". 9520 the 6638 i 6201 to 5406 a 4710 , 4585 and 4479 for 3668 of 3627 in 3618 is 3599 with 2834 was 2707 " +
  "not 2576 be 2493 or 2488 this 2304 an 2129 as 2124 my 2052 that 1876 you 1788 use 1770 from 1710 it 1700 " +
  "if 1645 your 1572 can 1548 have 1485 are 1465 by 1433 am 1354 on 1350 - 1179 would 1179 but 1135 no 1106 " +
  "will 1097 default 1074 when 1051 all 1046 node 1014 refund 1004 please 961 c 949 any 931 source 931 string 931 " +
  "so 922 other 917 code 912 without 889 do 885 me 830 js 825 has 786 following 783 option 756 s 719 object 710 " +
  "like 699 license 691 which 682 only 673 used 668 support 664 charge 655 e 645 modify 631 out 631 provided 627 " +
  "options 622 version 622 including 618 using 618 had 611 see 608 t 585 above 581 ' 568 : 568 what 568 " +
  "copyright 567 value 567 whether 567 mit 562 connection 553 files 553 input 553 event 544 otherwise 539 " +
  "documentation 535 function 535 line 525 at 524 been 524 did 524 right 524 software 516 type 516 more 512 " +
  "some 512 we 512 action 507 particular 507 fix 502 notice 502 purpose 502 conditions 498 may 488 said 480 " +
  "writing 480 associated 479 copy 479 permission 479 shall 479 contract 475 copies 475 file 475 implied 475 " +
  "included 475 warranties 475 api 470 arising 470 damages 470 fitness 470 liable 470 merchantability 470 " +
  "name 470 also 465 free 465 limited 465 merge 465 returns 461 array 456 person 456 added 452 distribute 452 " +
  "granted 452 hereby 452 add 447 express 447 security 447 d 442 error 442 authors 438 example 438 kind 438 " +
  "rights 438 00 437 2026 437 matter 437 put 437 reply 437 deal 433 holders 433 liability 433 limitation 433 " +
  "set 433 tort 433 publish 429 subject 424 instead 419 should 419 whom 419 claim 415 dealings 415 furnished 415 " +
  "noninfringement 415 obtaining 415 permit 415 persons 415 portions 415 restriction 415 sell 415 sublicense 415 " +
  "substantial 415 warranty 415 data 401 new 401 f 396 card 393 days 393 team 393 thank 393 does 392 need 392 " +
  "test 392 pass 387 into 373 issue 369 note 369 one 369 there 369 b 364 each 364 same 364 content 355 map 355 " +
  "number 355 than 355 argument 350 library 350 ( 349 ) 349 arrived 349 order 349 paid 349 partial 349 were 349 " +
  "within 349 £ 349 its 341 where 336 output 332 original 327 values 327 list 323 generated 318 prompt 318 " +
  "versions 318 encoding 313 command 309 now 309 they 309 ; 306 about 306 after 306 back 306 call 306 " +
  "complaint 306 could 306 description 306 either 306 hope 306 parcel 306 request 306 understand 306 website 306 " +
  "supported 304 parser 300 make 295 property 295 v 295 character 290 message 290 run 290 based 286 module 286 " +
  "single 281 fixed 276 arguments 272 both 272 time 272 buffer 267 g 267 these 267 before 263 text 263 then 263 " +
  "\" 262 business 262 cancelled 262 customer 262 dear 262 delivery 262 driver 262 further 262 letter 262 " +
  "november 262 promised 262 service 262 told 262 build 258 html 258 return 258 types 258 package 253 tests 253 " +
  "encoded 249 optional 249 possible 249 typescript 249 information 244 javascript 244 those 244 custom 240 " +
  "still 240 through 240 way 240 allow 235 characters 235 method 235 usage 235 ll 230 performance 230 impact 226 " +
  "names 226 non 226 user 226 available 221 case 221 errors 221 work 221 30 218 ask 218 attached 218 box 218 " +
  "date 218 december 218 dispute 218 engineer 218 fault 218 fee 218 full 218 help 218 hotel 218 hours 218 " +
  "issuer 218 left 218 manager 218 received 218 reference 218 replacement 218 resolved 218 statement 218 take 218 " +
  "taken 218 them 218 three 218 two 218 weeks 218 behavior 217 handling 217 issues 217 own 217 release 217 " +
  "such 217 every 212 first 212 might 212 built 207 don 207 header 207 process 207 strings 207 under 207 " +
  "windows 207 functions 203 keep 203 path 203 update 203 updated 203 via 203 dependencies 198 how 198 " +
  "properties 198 specify 198 utf 198 defaults 194 nodemailer 194 unicode 194 level 189 multiple 189 " +
  "parameter 189 being 184 check 184 here 184 mime 184 npm 184 uglifyjs 184 always 180 different 180 keys 180 " +
  "removed 180 report 180 stream 180 up 180 useful 180 want 180 $ 175 12 175 3 175 [ 175 ] 175 address 175 " +
  "appointment 175 asked 175 bank 175 booked 175 bought 175 confirming 175 consumer 175 contacted 175 " +
  "correction 175 credit 175 disappointed 175 end 175 found 175 fraud 175 let 175 match 175 october 175 off 175 " +
  "part 175 phone 175 photos 175 protection 175 real 175 receive 175 regards 175 remedies 175 required 175 " +
  "resolve 175 room 175 spoke 175 stages 175 system 175 well 175 who 175 wrong 175 bug 171 column 171 empty 171 " +
  "fixes 171 github 171 most 171 once 171 parsing 171 passed 171 provide 171 read 171 throw 171 base 166 " +
  "bumped 166 changes 166 com 166 configuration 166 even 166 include 166 must 166 browser 161 change 161 " +
  "email 161 encodings 161 reports 161 specified 161 below 157 between 157 control 157 environment 157 format 157 " +
  "given 157 includes 157 just 157 repository 157 true 157 against 152 cases 152 defined 152 over 152 passing 152 " +
  "program 152 project 152 remove 152 result 152 smtp 152 while 152 x 152 get 147 json 147 methods 147 older 147 " +
  "rather 147 runtime 147 script 147 terminal 147 uses 147 access 143 boolean 143 color 143 details 143 " +
  "escape 143 instance 143 objects 143 public 143 re 143 returned 143 size 143 supports 143 turn 143 works 143 " +
  "better 138 docs 138 features 138 long 138 look 138 parse 138 words 138 current 134 handlebars 134 major 134 " +
  "matching 134 md 134 present 134 readme 134 rfc 134 start 134 1 131 120 131 2 131 2027 131 5 131 55120 131 " +
  "account 131 act 131 again 131 appreciate 131 asking 131 assistant 131 because 131 booking 131 branch 131 " +
  "broken 131 came 131 caused 131 charged 131 chose 131 closed 131 collect 131 come 131 confident 131 cost 131 " +
  "damage 131 directly 131 doing 131 explained 131 extra 131 final 131 find 131 happened 131 heard 131 home 131 " +
  "hv 131 invoice 131 item 131 jacket 131 know 131 label 131 late 131 leave 131 looking 131 much 131 never 131 " +
  "night 131 office 131 old 131 opened 131 our 131 quickly 131 reported 131 review 131 says 131 second 131 " +
  "sent 131 september 131 shows 131 since 131 someone 131 stay 131 things 131 twice 131 usd 131 very 131 " +
  "working 131 wrote 131 ’ 131 changed 129 decoding 129 key 129 packages 129 simple 129 wish 129 additional 124 " +
  "allows 124 boundary 124 called 124 drop 124 handle 124 mode 124 selectors 124 special 124 unless 124 url 124 " +
  "written 124 automatically 120 compiler 120 dependency 120 deprecated 120 direct 120 doesn 120 helper 120 " +
  "itself 120 later 120 longer 120 maintenance 120 regular 120 specific 120 transport 120 vulnerabilities 120 " +
  "application 115 attacker 115 avoid 115 block 115 center 115 compatibility 115 convert 115 decode 115 " +
  "examples 115 headers 115 lines 115 needed 115 open 115 prevent 115 token 115 variable 115 callback 111 " +
  "fast 111 last 111 means 111 messages 111 null 111 override 111 parameters 111 pull 111 running 111 setting 111 " +
  "src 111 another 106 comment 106 detect 106 enable 106 encode 106 etc 106 exact 106 expression 106 global 106 " +
  "gmail 106 href 106 many 106 replace 106 separate 106 theme 106 whitespace 106 align 101 ast 101 bit 101 " +
  "calls 101 checks 101 common 101 expected 101 feature 101 form 101 helpers 101 less 101 libmime 101 next 101 " +
  "numeric 101 prompts 101 quoted 101 server 101 space 101 strict 101 suppress 101 tool 101 vulnerability 101 " +
  "why 101 winpty 101 bugs 97 choice 97 closes 97 comments 97 console 97 constructor 97 contains 97 disable 97 " +
  "display 97 displayed 97 es 97 iconv 97 internal 97 invalid 97 mappings 97 parsed 97 recommended 97 replaced 97 " +
  "spec 97 users 97 already 92 anything 92 apply 92 binary 92 cannot 92 class 92 cli 92 context 92 enabled 92 " +
  "entities 92 environments 92 eslint 92 however 92 length 92 mapping 92 matches 92 plugin 92 provides 92 raw 92 " +
  "results 92 schema 92 section 92 sourcemap 92 sure 92 syntax 92 takes 92 their 92 tokens 92 tree 92 " +
  "undefined 92 width 92 ascii 88 compile 88 contributors 88 false 88 formatted 88 interface 88 latest 88 " +
  "parts 88 pattern 88 processing 88 resulting 88 root 88 selector 88 standard 88 state 88 style 88 tag 88 " +
  "template 88 warning 88 14 87 15 87 18 87 35 87 4 87 50 87 64 87 9 87 99 87 advert 87 advice 87 advised 87 " +
  "agree 87 although 87 amount 87 anyone 87 applied 87 arrive 87 attention 87 believe 87 best 87 bill 87 " +
  "billing 87 bins 87 boiler 87 brand 87 bureau 87 cancel 87 car 87 care 87 chargeback 87 checkout 87 cleaned 87 " +
  "clearly 87 cockburn 87 cocktail 87 colleague 87 company 87 complaints 87 confirm 87 confirmed 87 contact 87 " +
  "correct 87 corrected 87 courier 87 cut 87 day 87 deadline 87 delivered 87 done 87 down 87 during 87 earlier 87 " +
  "eight 87 else 87 eur 87 expect 87 failed 87 fair 87 faulty 87 financial 87 flight 87 forward 87 four 87 " +
  "friendly 87 frustrating 87 goods 87 grateful 87 he 87 his 87 hold 87 installation 87 january 87 kept 87 " +
  "kettle 87 lid 87 march 87 month 87 ombudsman 87 ordered 87 pay 87 payment 87 policy 87 prefer 87 problem 87 " +
  "product 87 promises 87 rats 87 receipt 87 repair 87 say 87 sea 87 settle 87 short 87 show 87 simply 87 six 87 " +
  "smashed 87 son 87 sorry 87 spent 87 staff 87 stolen 87 stopped 87 store 87 street 87 taking 87 technician 87 " +
  "think 87 tracking 87 treat 87 tried 87 trouble 87 trust 87 trying 87 until 87 view 87 visa 87 wait 87 " +
  "warehouse 87 write 87 years 87 yet 87 affected 83 appear 83 attachment 83 benchmark 83 compatible 83 " +
  "converted 83 create 83 customize 83 document 83 existing 83 expressions 83 failing 83 filename 83 " +
  "formatters 83 id 83 import 83 inside 83 large 83 libraries 83 link 83 missing 83 modules 83 per 83 " +
  "prototype 83 reduce 83 rules 83 top 83 try 83 welcome 83 word 83 adding 78 around 78 choices 78 ci 78 " +
  "commander 78 coverage 78 decoded 78 deps 78 dom 78 explicitly 78 fallback 78 glob 78 handled 78 handler 78 " +
  "improve 78 index 78 info 78 inputs 78 maintainers 78 nested 78 plain 78 range 78 render 78 rule 78 " +
  "subcommands 78 updates 78 valid 78 variables 78 won 78 actual 74 addresses 74 advisories 74 aliases 74 " +
  "bytes 74 charset 74 christopher 74 deno 74 directory 74 documented 74 fail 74 field 74 implementation 74 " +
  "inquirer 74 install 74 licensed 74 memory 74 native 74 nodes 74 paths 74 previous 74 require 74 scope 74 " +
  "select 74 twitter 74 various 74 zero 74 actions 69 addressparser 69 alt 69 break 69 browsers 69 bump 69 " +
  "certain 69 conversion 69 core 69 credible 69 decoder 69 douglas 69 element 69 establish 69 events 69 " +
  "exception 69 exploitable 69 export 69 findings 69 flag 69 img 69 inline 69 isn 69 language 69 minimal 69 " +
  "minor 69 numbers 69 programs 69 quotes 69 realistic 69 requests 69 response 69 search 69 simon 69 skip 69 " +
  "submit 69 templates 69 tools 69 validation 69 wilson 69 yes 69 actually 65 arrays 65 async 65 breaks 65 " +
  "calling 65 cause 65 changelog 65 compiled 65 created 65 due 65 exposed 65 formatting 65 generate 65 known 65 " +
  "links 65 loss 65 main 65 mangle 65 mangling 65 merged 65 notes 65 optionally 65 overridden 65 partials 65 " +
  "prefix 65 previously 65 properly 65 question 65 references 65 regex 65 relative 65 rest 65 selected 65 " +
  "separated 65 sequences 65 services 65 small 65 status 65 yaml 65 adds 60 analysis 60 blocks 60 boudrias 60 " +
  "br 60 clear 60 commands 60 completely 60 compress 60 contents 60 correctly 60 currently 60 decodes 60 depth 60 " +
  "eg 60 ensure 60 exit 60 generic 60 grammar 60 important 60 maintained 60 makes 60 making 60 merging 60 " +
  "modern 60 outside 60 pr 60 printable 60 risk 60 ses 60 shift 60 similar 60 sources 60 spaces 60 though 60 " +
  "tidelift 60 times 60 underlying 60 vaxilart 60 across 55 addon 55 apis 55 applies 55 assertions 55 big 55 " +
  "bom 55 chalk 55 comma 55 commit 55 commonjs 55 complex 55 consequential 55 considered 55 containing 55 " +
  "crash 55 css 55 cursor 55 cygwin 55 deprecation 55 described 55 dropped 55 ec 55 ecosystem 55 exactly 55 " +
  "faster 55 give 55 guarantee 55 ignored 55 indirect 55 linux 55 listed 55 mail 55 microsoft 55 needs 55 " +
  "negligence 55 normal 55 port 55 position 55 potentially 55 profits 55 promise 55 representation 55 setup 55 " +
  "something 55 specifying 55 str 55 subcommand 55 systems 55 table 55 tags 55 tested 55 typed 55 upgrade 55 " +
  "usually 55 world 55 accept 51 affects 51 alias 51 answer 51 anymore 51 applications 51 arrow 51 assertion 51 " +
  "assume 51 attribute 51 attributes 51 auto 51 automated 51 ba 51 behaviour 51 benchmarks 51 body 51 brackets 51 " +
  "breaking 51 byte 51 cc 51 chrome 51 client 51 concept 51 convenience 51 converting 51 creating 51 " +
  "declarations 51 deliberately 51 detection 51 detects 51 dev 51 documents 51 domain 51 double 51 downloads 51 " +
  "editor 51 everything 51 except 51 executable 51 explanation 51 exports 51 filter 51 follow 51 fully 51 git 51 " +
  "groups 51 h 51 having 51 high 51 hook 51 incorrect 51 interactive 51 isc 51 kpdecker 51 least 51 libqp 51 " +
  "limit 51 made 51 maps 51 mb 51 model 51 necessary 51 often 51 omitted 51 ordinary 51 percent 51 preferred 51 " +
  "private 51 proof 51 proxy 51 really 51 reason 51 receives 51 rejected 51 resolution 51 responsible 51 " +
  "retain 51 returning 51 safe 51 sensitive 51 several 51 signal 51 smaller 51 statements 51 streaming 51 " +
  "target 51 testing 51 th 51 theming 51 too 51 travis 51 unexpected 51 unusual 51 us 51 validate 51 wrapped 51 " +
  "wrapping 51 able 46 according 46 advisory 46 alone 46 alternative 46 attachments 46 attack 46 author 46 " +
  "builds 46 bundled 46 classes 46 colors 46 colspan 46 comes 46 comparison 46 component 46 consider 46 " +
  "converts 46 coordinate 46 coordinating 46 creates 46 da 46 dash 46 debug 46 debugging 46 deep 46 " +
  "demonstrated 46 disclose 46 disclosed 46 distinguish 46 dns 46 duplicate 46 ea 46 easy 46 edge 46 entry 46 " +
  "equivalent 46 esm 46 explicit 46 exploitability 46 few 46 gets 46 hex 46 http 46 identifiers 46 implement 46 " +
  "increase 46 individual 46 iso 46 jis 46 le 46 lite 46 literal 46 local 46 lookup 46 m 46 mailparser 46 " +
  "matched 46 met 46 msys 46 optimizations 46 p 46 parses 46 pnpm 46 pool 46 positions 46 prerequisites 46 " +
  "problems 46 qualify 46 quick 46 regexp 46 represented 46 reproduction 46 runs 46 save 46 screen 46 send 46 " +
  "sourcemapconsumer 46 specification 46 speculative 46 split 46 stack 46 starting 46 static 46 streams 46 " +
  "thanks 46 thing 46 thrown 46 ts 46 unknown 46 uri 46 urls 46 warnings 46 whole 46 wrap 46 0000 44 009 44 " +
  "0093321 44 01 44 0161 44 07 44 07700 44 10 44 11 44 117 44 1192 44 16 44 180 44 1z 44 20 44 200 44 2015 44 " +
  "20931 44 2231 44 23 44 2345 44 240 44 31 44 3301 44 349 44 380 44 40 44 40021187 44 420 44 44 44 45 44 48 44 " +
  "496 44 5531 44 60 44 6784 44 75 44 88102 44 88213 44 89 44 90 44 900123 44 999 44 ? 44 @ 44 aa1 44 accepted 44 " +
  "accidental 44 accurate 44 admin 44 admitted 44 advance 44 advertised 44 afraid 44 agent 44 agreed 44 air 44 " +
  "alarm 44 alex 44 alicante 44 allowed 44 along 44 angry 44 answered 44 apologetic 44 apology 44 app 44 " +
  "appeared 44 appears 44 apples 44 appointments 44 appreciated 44 arrange 44 arrival 44 arriving 44 assassin 44 " +
  "assessment 44 assorted 44 assured 44 attempts 44 attorney 44 august 44 authorised 44 away 44 bag 44 bar 44 " +
  "battery 44 bbb 44 behind 44 billed 44 bother 44 bradford 44 brain 44 bristol 44 brochure 44 broke 44 " +
  "builders 44 busy 44 buy 44 cad 44 cake 44 cancellation 44 cardholder 44 cctv 44 ceo 44 cheat 44 checked 44 " +
  "citizens 44 claims 44 clm 44 close 44 clowns 44 cockpit 44 collection 44 collector 44 conditioner 44 " +
  "confirmation 44 constant 44 contacting 44 cook 44 court 44 cover 44 covered 44 creed 44 cumin 44 customers 44 " +
  "daily 44 damaged 44 dated 44 dates 44 daughter 44 dead 44 debit 44 debt 44 decision 44 deeds 44 delayed 44 " +
  "department 44 departure 44 deposit 44 depot 44 describing 44 desk 44 despite 44 dickens 44 difference 44 " +
  "difficult 44 difficulty 44 disabled 44 disappointing 44 disc 44 dispatched 44 disputes 44 disputing 44 dog 44 " +
  "doorstep 44 dose 44 dsp 44 ear 44 effect 44 eleven 44 elsewhere 44 emails 44 emptied 44 enclose 44 enclosed 44 " +
  "ended 44 ending 44 enrolled 44 entitled 44 essex 44 evening 44 excuse 44 experience 44 expired 44 faced 44 " +
  "factory 44 facts 44 factual 44 falls 44 far 44 fees 44 fire 44 follows 44 formal 44 forwarding 44 friday 44 " +
  "front 44 froze 44 frustrated 44 ftc 44 fulfilled 44 game 44 gap 44 gave 44 gbp 44 general 44 glasses 44 go 44 " +
  "goes 44 gone 44 good 44 goodwill 44 got 44 grapes 44 great 44 grooming 44 guarantor 44 guest 44 hair 44 " +
  "happen 44 happens 44 happy 44 harbour 44 hate 44 hear 44 hearing 44 heating 44 helpful 44 hidden 44 hire 44 " +
  "holidays 44 honest 44 hot 44 hotels 44 hour 44 house 44 husband 44 identity 44 inconvenience 44 independent 44 " +
  "injury 44 installed 44 instructions 44 inv 44 involving 44 issued 44 itemised 44 journey 44 kids 44 kindly 44 " +
  "lasted 44 lawful 44 leaks 44 leather 44 leeds 44 leg 44 legal 44 letters 44 lies 44 lift 44 light 44 " +
  "listing 44 lists 44 logo 44 looked 44 lopez 44 lovely 44 loyal 44 ltd 44 lying 44 maria 44 maybe 44 meal 44 " +
  "meet 44 member 44 menace 44 menu 44 merchant 44 middlesex 44 mine 44 minibar 44 missed 44 mistake 44 " +
  "mistakes 44 misuse 44 mix 44 monthly 44 mouldy 44 mushrooms 44 naming 44 neighbour 44 nhs 44 nice 44 nick 44 " +
  "nights 44 nine 44 nobody 44 noise 44 none 44 nothing 44 occurred 44 ofcom 44 ours 44 outcome 44 page 44 " +
  "parcels 44 park 44 party 44 passenger 44 patient 44 payments 44 pdf 44 penistone 44 pensioner 44 pest 44 " +
  "pharmacist 44 photo 44 pig 44 pilot 44 place 44 plumbing 44 pm 44 polite 44 poor 44 possibly 44 postage 44 " +
  "precaution 44 prepaid 44 prescription 44 prevention 44 price 44 priya 44 procedure 44 provider 44 putting 44 " +
  "qk7 44 quote 44 rain 44 raise 44 reach 44 refer 44 refunded 44 refused 44 regulator 44 reimbursed 44 remain 44 " +
  "reminder 44 repaired 44 replied 44 reputation 44 requesting 44 reservation 44 resident 44 resolves 44 " +
  "resort 44 retardant 44 reverse 44 reviewed 44 rivera 44 roast 44 rooms 44 rx 44 sales 44 sam 44 scam 44 " +
  "scratch 44 scratched 44 scunthorpe 44 seam 44 seams 44 seated 44 seats 44 seems 44 seller 44 separately 44 " +
  "serial 44 seriously 44 shake 44 sheffield 44 shitake 44 shock 44 shop 44 shouting 44 showing 44 shown 44 " +
  "signed 44 smoke 44 sofa 44 sorted 44 sound 44 spilled 44 spray 44 standards 44 states 44 staying 44 steps 44 " +
  "storeroom 44 story 44 subscription 44 surgeon 44 surveyor 44 television 44 ten 44 terms 44 theft 44 theirs 44 " +
  "therapist 44 third 44 ticket 44 title 44 today 44 torn 44 trading 44 transaction 44 transit 44 travelled 44 " +
  "tuesday 44 uk 44 unacceptable 44 unanswered 44 undercooked 44 unfrozen 44 unit 44 unsafe 44 upset 44 " +
  "upsetting 44 urgent 44 van 44 venue 44 visited 44 waited 44 waiter 44 wasted 44 water 44 waterproofing 44 " +
  "weather 44 wedding 44 went 44 willing 44 window 44 wondering 44 worried 44 year 44 yours 44 – 44 “ 44 ” 44 " +
  "€ 44 ac 41 achieve 41 aws 41 bb 41 beyond 41 brace 41 braces 41 cleanup 41 config 41 consume 41 " +
  "contributing 41 controlled 41 cross 41 definition 41 definitions 41 dkim 41 easier 41 eb 41 emit 41 encodes 41 " +
  "enough 41 enumerable 41 execution 41 explaining 41 extension 41 external 41 fa 41 family 41 fetch 41 flags 41 " +
  "forms 41 fu 41 handles 41 higher 41 host 41 identify 41 ignore 41 integration 41 internally 41 jon 41 " +
  "jonathan 41 kb 41 legacy 41 libbase 41 likely 41 lint 41 literals 41 low 41 mailcomposer 41 mailsplit 41 " +
  "malformed 41 mark 41 maximum 41 mingw 41 minified 41 moved 41 multi 41 multipart 41 ong 41 opt 41 point 41 " +
  "pollution 41 polyfill 41 popular 41 preserve 41 punycode 41 react 41 related 41 relevant 41 represents 41 " +
  "requires 41 reserved 41 resources 41 responses 41 rewritten 41 schlinkert 41 sdk 41 semver 41 sendmail 41 " +
  "specifies 41 step 41 supply 41 task 41 td 41 tr 41 trigger 41 utility 41 walk 41 ways 41 yarn 41 accepts 37 " +
  "addition 37 anthony 37 aren 37 badge 37 basic 37 bc 37 bound 37 ca 37 capabilities 37 checking 37 codes 37 " +
  "compilation 37 complete 37 concrete 37 converter 37 cp 37 de 37 deployment 37 detected 37 determine 37 df 37 " +
  "directories 37 disclaims 37 dos 37 ed 37 ee 37 elements 37 encoder 37 entity 37 evaluate 37 exists 37 " +
  "exploit 37 extract 37 followed 37 gain 37 group 37 guide 37 hooks 37 ie 37 image 37 imports 37 improved 37 " +
  "improvements 37 insert 37 interfaces 37 invoked 37 japanese 37 justin 37 keeps 37 labels 37 leak 37 learn 37 " +
  "location 37 loop 37 mangled 37 mean 37 metadata 37 named 37 oauth 37 parent 37 patterns 37 people 37 " +
  "platform 37 plugins 37 posix 37 press 37 processed 37 projects 37 providing 37 published 37 reads 37 regard 37 " +
  "released 37 resource 37 rewrite 37 ridgewell 37 searching 37 sequence 37 shortcut 37 slower 37 snippet 37 " +
  "soft 37 standalone 37 styles 37 submitting 37 tasks 37 term 37 thousands 37 together 37 tortious 37 " +
  "trailing 37 transports 37 trusted 37 typedarray 37 unnecessary 37 variants 37 web 37 webpack 37 whatsoever 37 " +
  "writes 37 advanced 32 almost 32 appended 32 arise 32 authentication 32 badges 32 building 32 bundle 32 " +
  "catch 32 ce 32 chai 32 changing 32 child 32 children 32 chore 32 chunks 32 commercial 32 community 32 " +
  "compared 32 compiles 32 compressed 32 configure 32 connect 32 consumption 32 continuation 32 continue 32 " +
  "credentials 32 cycle 32 db 32 dd 32 dealing 32 defines 32 deliver 32 depends 32 discard 32 easily 32 edit 32 " +
  "encrypt 32 endianness 32 enter 32 eu 32 euc 32 exceptions 32 exist 32 expose 32 extglobs 32 feedback 32 " +
  "feel 32 finding 32 fine 32 flow 32 formatter 32 framework 32 fuzzy 32 generally 32 generation 32 getting 32 " +
  "giving 32 grunt 32 handlers 32 hash 32 health 32 immediately 32 implementations 32 implicit 32 io 32 jp 32 " +
  "lightweight 32 linelength 32 load 32 loaded 32 matcher 32 matrix 32 meaningful 32 ms 32 n 32 negative 32 " +
  "newer 32 observed 32 offers 32 ones 32 optimize 32 paying 32 picomatch 32 potential 32 precompiled 32 " +
  "prepended 32 prior 32 priority 32 proper 32 pseudo 32 pty 32 python 32 remote 32 rendering 32 requirements 32 " +
  "scripts 32 selectable 32 sets 32 shell 32 shortcuts 32 snippets 32 sourcemapgenerator 32 stand 32 strip 32 " +
  "sub 32 supplied 32 switch 32 temporary 32 thus 32 tls 32 transform 32 transforms 32 typing 32 typings 32 " +
  "uglify 32 unix 32 untrusted 32 upgrading 32 visual 32 wrapper 32 aa 28 acorn 28 active 28 adapter 28 " +
  "administrator 28 ai 28 andris 28 ansi 28 assignment 28 backtracking 28 become 28 ben 28 binaries 28 bsd 28 " +
  "bulk 28 bypass 28 compiling 28 components 28 concise 28 configurable 28 container 28 contrived 28 controls 28 " +
  "convenient 28 corresponding 28 cr 28 crlf 28 declared 28 define 28 disallow 28 disclosure 28 discussions 28 " +
  "download 28 dropping 28 dynamic 28 early 28 encodingconvert 28 escapes 28 exits 28 extend 28 fails 28 " +
  "failures 28 fastest 28 fb 28 flowed 28 fork 28 functionality 28 future 28 gb 28 generates 28 ghsa 28 gives 28 " +
  "guaranteed 28 gzip 28 half 28 harden 28 heuristic 28 htmlparser 28 idea 28 imap 28 indentation 28 insecure 28 " +
  "inserted 28 intended 28 iteration 28 join 28 leading 28 lets 28 lf 28 linear 28 linter 28 little 28 log 28 " +
  "logic 28 lot 28 mailer 28 max 28 media 28 meta 28 miller 28 mind 28 neither 28 newlines 28 nodejs 28 " +
  "npmignore 28 official 28 operations 28 optimized 28 org 28 others 28 overloaded 28 params 28 parsers 28 " +
  "patches 28 paul 28 plus 28 positional 28 powershell 28 pre 28 print 28 prioritized 28 probably 28 processes 28 " +
  "produce 28 publicly 28 query 28 readable 28 regardless 28 regression 28 removes 28 removing 28 rename 28 " +
  "renamed 28 repo 28 reporters 28 representing 28 reproduce 28 reset 28 respectively 28 runtimes 28 sample 28 " +
  "saves 28 secrets 28 segment 28 self 28 setups 28 shared 28 shim 28 ships 28 side 28 significant 28 " +
  "situations 28 socket 28 sourcemaps 28 sourcenodes 28 speed 28 stable 28 stdout 28 stop 28 strictly 28 " +
  "stronger 28 suffix 28 symbols 28 throwing 28 throws 28 tip 28 track 28 tracker 28 transfer 28 transparent 28 " +
  "u 28 uint 28 unverified 28 updating 28 upgraded 28 utilities 28 w 28 xml 28 yourself 28 absolute 23 " +
  "abstract 23 accessed 23 acknowledged 23 addons 23 ae 23 ahead 23 aids 23 allowing 23 alternatively 23 amd 23 " +
  "anyway 23 appropriate 23 apps 23 arbitrary 23 assumed 23 availability 23 backport 23 bad 23 bd 23 bf 23 " +
  "blockhelpermissing 23 browserify 23 buffers 23 bypasses 23 cache 23 canonical 23 capture 23 cd 23 chain 23 " +
  "checkbox 23 choose 23 chunk 23 classification 23 clause 23 combination 23 compact 23 compare 23 condition 23 " +
  "conditional 23 confidentiality 23 constructed 23 constructors 23 conversely 23 creation 23 credited 23 " +
  "crossed 23 crossing 23 cve 23 defect 23 defensive 23 deferred 23 demonstrate 23 design 23 direction 23 " +
  "discussion 23 displays 23 distribution 23 doc 23 domhandler 23 doug 23 drops 23 effectively 23 effects 23 " +
  "elan 23 embedded 23 endorsed 23 enforce 23 engine 23 engineering 23 entirely 23 entries 23 equal 23 escaped 23 " +
  "escaping 23 evidence 23 executed 23 existence 23 explain 23 extended 23 extensions 23 extremely 23 fall 23 " +
  "fatal 23 fd 23 filenames 23 filtering 23 filters 23 finds 23 folded 23 funcs 23 gbk 23 generating 23 " +
  "globally 23 goal 23 hardening 23 helpermissing 23 helps 23 highlight 23 highly 23 holds 23 holowaychuk 23 " +
  "ibm 23 identical 23 implemented 23 imported 23 injection 23 inlined 23 instances 23 integer 23 integrity 23 " +
  "introduced 23 investigation 23 iterate 23 job 23 jridgewell 23 jsr 23 k 23 keyboard 23 languages 23 " +
  "launched 23 layer 23 layout 23 lead 23 leads 23 lexer 23 libc 23 life 23 loading 23 looping 23 lower 23 " +
  "macos 23 magic 23 majors 23 manage 23 manipulate 23 manually 23 master 23 meaning 23 minimum 23 modified 23 " +
  "mostly 23 msvc 23 multibyte 23 nbsp 23 needing 23 nesting 23 newline 23 notable 23 o 23 obscenity 23 obug 23 " +
  "obvious 23 occurs 23 operation 23 operator 23 overflow 23 overhead 23 pair 23 pairs 23 perform 23 pgp 23 " +
  "pipe 23 preserved 23 printed 23 privileges 23 produced 23 produces 23 protocol 23 proves 23 quirks 23 " +
  "reasons 23 recommend 23 refactor 23 rely 23 remains 23 rendered 23 replaces 23 research 23 resubmitted 23 " +
  "reusable 23 runner 23 scenario 23 secret 23 settings 23 shanker 23 share 23 shorthand 23 shouldn 23 sides 23 " +
  "simplify 23 sindre 23 smart 23 social 23 solely 23 somethingdoug 23 sometimes 23 sorhus 23 stars 23 stdin 23 " +
  "strips 23 strongly 23 substantive 23 substitute 23 sufficient 23 suggested 23 suggestions 23 supposedly 23 " +
  "suspected 23 technically 23 tester 23 thought 23 threat 23 timeout 23 tj 23 total 23 trace 23 transformer 23 " +
  "typo 23 uninitialized 23 unique 23 units 23 universal 23 unquoted 23 unresolved 23 unused 23 variant 23 " +
  "verified 23 verifying 23 vitest 23 wasm 23 whatever 23 wildcard 23 workflows 23 zod 23 ab 18 ability 18 " +
  "accessible 18 accessing 18 accuracy 18 ad 18 additionally 18 af 18 affecting 18 alphanumeric 18 " +
  "alternatives 18 ambiguous 18 angle 18 appends 18 approach 18 architecture 18 areas 18 arg 18 assigned 18 " +
  "autocomplete 18 backwards 18 bash 18 bench 18 benefits 18 bin 18 calculation 18 cb 18 cf 18 char 18 chars 18 " +
  "cheerio 18 circular 18 clean 18 clone 18 closest 18 closing 18 codebase 18 codec 18 combinators 18 combined 18 " +
  "comparing 18 compressor 18 compute 18 configured 18 conflict 18 consistent 18 constants 18 contain 18 " +
  "contained 18 contribution 18 contributions 18 cookie 18 copying 18 count 18 cqp 18 crafted 18 critical 18 " +
  "customizable 18 dc 18 decimal 18 declaration 18 declare 18 depend 18 depending 18 deploy 18 deployments 18 " +
  "descriptions 18 designed 18 determined 18 disables 18 discarded 18 disclaimed 18 disclaimer 18 displaying 18 " +
  "disposition 18 domutils 18 edwards 18 ef 18 electron 18 enabling 18 encodingcodetostring 18 encodingdetect 18 " +
  "endian 18 english 18 env 18 envelope 18 excess 18 exemplary 18 expand 18 exposes 18 fact 18 favor 18 fc 18 " +
  "fe 18 fetching 18 ff 18 fields 18 filtered 18 fixing 18 flatten 18 folding 18 force 18 fourth 18 generator 18 " +
  "generics 18 glen 18 globbing 18 going 18 gt 18 gyp 18 gzipped 18 hankaku 18 hard 18 height 18 hide 18 " +
  "hiding 18 history 18 holder 18 hostname 18 https 18 human 18 ide 18 incidental 18 indices 18 initially 18 " +
  "insensitive 18 interest 18 interruption 18 items 18 j 18 james 18 joined 18 jongleberry 18 jquery 18 kevin 18 " +
  "keyword 18 koi 18 kr 18 larger 18 lazily 18 legitimately 18 licenses 18 limitations 18 listeners 18 " +
  "localize 18 lockfiles 18 logging 18 lt 18 luke 18 mac 18 machine 18 machty 18 maddern 18 maintain 18 manner 18 " +
  "materials 18 mechanism 18 migrate 18 million 18 modification 18 modifying 18 mouse 18 mustache 18 " +
  "namespaces 18 narrow 18 navigate 18 network 18 nor 18 normalized 18 notation 18 offset 18 offsets 18 " +
  "opening 18 ops 18 originally 18 overload 18 param 18 parsa 18 parseaddressheader 18 partially 18 passes 18 " +
  "password 18 passwords 18 past 18 perfect 18 permitted 18 pi 18 pooya 18 possibility 18 postcss 18 " +
  "precompiler 18 prepend 18 presence 18 pressing 18 pro 18 procurement 18 products 18 proportional 18 protect 18 " +
  "proto 18 purposes 18 questions 18 queue 18 r 18 random 18 ranges 18 readability 18 reading 18 readline 18 " +
  "recognize 18 recognizes 18 records 18 recursion 18 red 18 redistribution 18 redistributions 18 refuse 18 " +
  "reinman 18 relying 18 removal 18 renders 18 replacing 18 reporting 18 repositories 18 requirement 18 " +
  "respect 18 restore 18 restrictions 18 reused 18 robust 18 rust 18 safari 18 saucelabs 18 scan 18 scenarios 18 " +
  "schemas 18 secure 18 selecting 18 sense 18 serialization 18 serializer 18 signature 18 significantly 18 " +
  "silently 18 sindresorhus 18 singlebyte 18 sjis 18 slash 18 specificity 18 spidermonkey 18 ssh 18 started 18 " +
  "stderr 18 stops 18 stored 18 stripped 18 structure 18 structured 18 subexpressions 18 submitted 18 subset 18 " +
  "suitable 18 supporting 18 svg 18 switched 18 symbol 18 tab 18 tell 18 templating 18 theory 18 therefore 18 " +
  "tiny 18 tomxtobin 18 trim 18 truecolor 18 turns 18 typeerror 18 typos 18 umd 18 unable 18 undocumented 18 " +
  "upstream 18 utils 18 verify 18 versioning 18 visitor 18 vs 18 walking 18 win 18 workaround 18 yml 18 " +
  "zenkaku 18 zone 18 ";
