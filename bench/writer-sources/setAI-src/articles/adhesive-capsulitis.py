SYSTEM = "Musculoskeletal"
FORMS = ["txt"]
HTML_HEADINGS = (4, 5)
MD_HEADINGS = ("####", "#####")
TXT_LISTS = "run"
META = dict(slug="adhesive-capsulitis", title="Adhesive capsulitis of the shoulder", rid="8842",
            kind_label="Radiology Reference Article", noun="article", path="articles", cite_kind="Reference article",
            authors="Mbeki T, Lindgren H, Castellanos F, et al", reviser="Hanna Lindgren", revised="19 Nov 2025",
            site_system="Musculoskeletal", synonyms=["Frozen shoulder", "Adhesive capsulitis"], front={})
REFS = [
 "Mengiardi B, Pfirrmann CW, Gerber C et al. Frozen Shoulder: MR Arthrographic Findings. Radiology. 2004;233(2):486-92.",
 "Harris G, Bou-Haidar P, Harris C. Adhesive Capsulitis: Review of Imaging and Treatment. J Med Imaging Radiat Oncol. 2013;57(6):633-43.",
 "Homsi C, Bordalo-Rodrigues M, da Silva JJ et al. Ultrasound in Adhesive Capsulitis of the Shoulder: Is Assessment of the Coracohumeral Ligament a Valuable Diagnostic Tool? Skeletal Radiol. 2006;35(9):673-8.",
]
RELATED_TITLE = "Shoulder pathology"
RELATED = ["Rotator interval", "Coracohumeral ligament", "Calcific tendinitis", "Parsonage-Turner syndrome", "Shoulder hydrodilatation"]

BODY = r"""
**Adhesive capsulitis**, better known to patients as **frozen shoulder**, is a painful, self-limiting condition in which inflammation and then fibrosis of the glenohumeral joint capsule lead to a global restriction of active and passive shoulder movement. It is primarily a clinical diagnosis; imaging is used to exclude other causes of a painful stiff shoulder and, increasingly, to support the diagnosis {1}.
## Epidemiology
Frozen shoulder affects 2-5% of the general population at some time in their lives. It is a condition of middle age, with a peak between 40 and 60 years, and is rare before 40. Women are affected more often than men, with a ratio of roughly 3:2. The contralateral shoulder becomes involved in up to 20% of patients, usually after the first has recovered, but recurrence in the same shoulder is very unusual.
### Risk factors
Diabetes mellitus is the strongest association: adhesive capsulitis occurs in 10-20% of diabetic patients, and in this group it tends to be bilateral, more severe and more resistant to treatment. Other recognised associations are thyroid disease (both hypo- and hyperthyroidism), prolonged immobilisation after trauma or surgery, Dupuytren contracture, and cardiac or neurological disease such as stroke.
## Clinical presentation
The condition runs a characteristic course through three overlapping phases:
- freezing (painful) phase, lasting about 2-9 months, with diffuse pain that is worse at night
- frozen (stiff) phase, lasting 4-12 months, in which the pain eases but stiffness dominates
- thawing phase, lasting 5-26 months, with gradual return of movement
External rotation is typically the first and most severely restricted movement, followed by abduction and internal rotation. On examination the hallmark is loss of passive as well as active movement, which distinguishes it from a rotator cuff tear.
## Pathology
The early phase is characterised by synovial inflammation and hypervascularity, followed by proliferation of fibroblasts and myofibroblasts and deposition of type III collagen, producing a thick, contracted capsule. The process is most marked in the rotator interval and the coracohumeral ligament, and in the axillary recess of the inferior capsule.
## Radiographic features
### Plain radiograph
Radiographs are normal in adhesive capsulitis, apart from disuse osteopenia in long-standing cases. Their role is to exclude glenohumeral osteoarthritis, calcific tendinitis, a locked posterior dislocation or a bone lesion.
### Ultrasound
Ultrasound may show thickening of the coracohumeral ligament to more than 3 mm, together with hypoechoic soft tissue in the rotator interval that shows increased vascularity on Doppler imaging. Dynamic scanning demonstrates restricted sliding of the supraspinatus tendon beneath the acromion during abduction, and the inferior glenohumeral ligament may be thickened on an axillary view.
### MRI
MRI findings, which are more conspicuous on MR arthrography, include:
- thickening of the coracohumeral ligament to more than 4 mm
- thickening of the joint capsule in the axillary recess to more than 4 mm, with increased T2 or PD signal
- soft tissue replacing the fat of the subcoracoid triangle, which has a specificity of over 90%
- enhancement of the capsule and rotator interval after intravenous gadolinium in the early phase
On conventional arthrography, the joint accepts a reduced volume of contrast, often less than 10 mL, and the axillary recess and subscapularis recess are small or not filled. The joint effusion is usually small and the rotator cuff is intact. A thickened capsule or coracohumeral ligament is not specific in isolation, so the findings should always be interpreted together with the clinical picture.
## Treatment and prognosis
The natural history is one of spontaneous recovery over 1-3 years, although up to 40% of patients are left with some persistent restriction or pain. Treatment aims to control pain and restore motion: physiotherapy, oral analgesia and intra-articular corticosteroid injection are first line. Image-guided hydrodilatation (distension arthrography), in which the joint is distended with a mixture of saline, local anaesthetic and steroid until the capsule ruptures, is widely used. Resistant cases may require manipulation under anaesthesia or arthroscopic capsular release {2}.
## Differential diagnosis
Other causes of a painful, stiff shoulder to consider include:
- glenohumeral osteoarthritis: joint space narrowing and osteophytes on radiographs
- calcific tendinitis: calcific deposits in the rotator cuff
- rotator cuff tear: loss of active, but largely preserved passive, movement
- locked posterior dislocation: the "lightbulb" sign on the AP radiograph
- septic arthritis: effusion, synovitis and systemic features
- Parsonage-Turner syndrome: denervation oedema of the shoulder girdle muscles
"""

S = "adhesive capsulitis"
GOLD = [
 ("synonym", "Adhesive capsulitis of the shoulder", "", "frozen shoulder", "better known to patients as frozen shoulder"),
 ("definition", S, "", "a painful, self-limiting condition in which inflammation and then fibrosis of the glenohumeral joint capsule lead to a global restriction of active and passive shoulder movement", "is a painful, self-limiting condition in which inflammation and then fibrosis of the glenohumeral joint capsule lead to a global restriction of active and passive shoulder movement"),
 ("statement", S, "diagnosis", "clinical diagnosis", "It is primarily a clinical diagnosis"),
 ("percentage", S, "lifetime prevalence", "2-5%", "Frozen shoulder affects 2-5% of the general population"),
 ("age", S, "peak", "40-60 years", "with a peak between 40 and 60 years"),
 ("age", S, "rare before", "rare before 40", "and is rare before 40"),
 ("sex_ratio", S, "", "F:M roughly 3:2", "Women are affected more often than men, with a ratio of roughly 3:2"),
 ("percentage", S, "contralateral shoulder involvement", "up to 20%", "The contralateral shoulder becomes involved in up to 20% of patients"),
 ("statement", S, "recurrence in same shoulder", "very unusual", "recurrence in the same shoulder is very unusual"),
 ("rank", S, "diabetes mellitus", "strongest", "Diabetes mellitus is the strongest association", {"group": "association"}),
 ("association", S, "diabetes mellitus", "diabetes mellitus", "Diabetes mellitus is the strongest association", {"group": "risk factor"}),
 ("percentage", S, "diabetic patients", "10-20%", "adhesive capsulitis occurs in 10-20% of diabetic patients"),
 ("statement", S, "in diabetics", "bilateral, more severe and more resistant to treatment", "in this group it tends to be bilateral, more severe and more resistant to treatment"),
 ("association", S, "thyroid disease", "thyroid disease", "thyroid disease (both hypo- and hyperthyroidism)", {"group": "risk factor"}),
 ("association", S, "prolonged immobilisation", "prolonged immobilisation after trauma or surgery", "prolonged immobilisation after trauma or surgery", {"group": "risk factor"}),
 ("association", S, "Dupuytren contracture", "Dupuytren contracture", "Dupuytren contracture", {"group": "risk factor"}),
 ("association", S, "cardiac or neurological disease", "cardiac or neurological disease such as stroke", "cardiac or neurological disease such as stroke", {"group": "risk factor"}),
 ("classification", S, "freezing (painful) phase", "2-9 months", "freezing (painful) phase, lasting about 2-9 months", {"group": "clinical phases"}),
 ("classification", S, "frozen (stiff) phase", "4-12 months", "frozen (stiff) phase, lasting 4-12 months", {"group": "clinical phases"}),
 ("classification", S, "thawing phase", "5-26 months", "thawing phase, lasting 5-26 months", {"group": "clinical phases"}),
 ("statement", S, "freezing phase pain", "worse at night", "with diffuse pain that is worse at night"),
 ("statement", S, "first and most restricted movement", "external rotation", "External rotation is typically the first and most severely restricted movement"),
 ("statement", S, "examination hallmark", "loss of passive as well as active movement", "On examination the hallmark is loss of passive as well as active movement, which distinguishes it from a rotator cuff tear"),
 ("statement", S, "early pathology", "synovial inflammation and hypervascularity", "The early phase is characterised by synovial inflammation and hypervascularity"),
 ("statement", S, "collagen", "type III collagen", "deposition of type III collagen, producing a thick, contracted capsule"),
 ("statement", S, "sites most affected", "rotator interval and the coracohumeral ligament", "The process is most marked in the rotator interval and the coracohumeral ligament, and in the axillary recess of the inferior capsule"),
 ("appearance", S, "", "normal, apart from disuse osteopenia", "Radiographs are normal in adhesive capsulitis, apart from disuse osteopenia in long-standing cases", {"attribute": "plain radiograph"}),
 ("statement", S, "role of radiographs", "exclude", "Their role is to exclude glenohumeral osteoarthritis, calcific tendinitis, a locked posterior dislocation or a bone lesion"),
 ("threshold", S, "coracohumeral ligament thickness on ultrasound", "more than 3 mm", "thickening of the coracohumeral ligament to more than 3 mm", {"attribute": "supports adhesive capsulitis (ultrasound)"}),
 ("appearance", S, "", "hypoechoic soft tissue in the rotator interval with increased vascularity on Doppler", "hypoechoic soft tissue in the rotator interval that shows increased vascularity on Doppler imaging", {"attribute": "ultrasound"}),
 ("appearance", S, "", "restricted sliding of the supraspinatus tendon beneath the acromion", "Dynamic scanning demonstrates restricted sliding of the supraspinatus tendon beneath the acromion during abduction", {"attribute": "dynamic ultrasound"}),
 ("threshold", S, "coracohumeral ligament thickness on MRI", "more than 4 mm", "thickening of the coracohumeral ligament to more than 4 mm", {"attribute": "supports adhesive capsulitis (MRI)"}),
 ("threshold", S, "axillary recess capsule thickness", "more than 4 mm", "thickening of the joint capsule in the axillary recess to more than 4 mm", {"attribute": "supports adhesive capsulitis (MRI)"}),
 ("appearance", S, "", "increased T2 or PD signal in the axillary recess capsule", "with increased T2 or PD signal", {"attribute": "T2/PD"}),
 ("sign", S, "subcoracoid triangle", "obliteration of the subcoracoid fat triangle", "soft tissue replacing the fat of the subcoracoid triangle"),
 ("percentage", S, "subcoracoid triangle sign specificity", "over 90%", "which has a specificity of over 90%"),
 ("appearance", S, "", "enhancement of the capsule and rotator interval", "enhancement of the capsule and rotator interval after intravenous gadolinium in the early phase", {"attribute": "T1 C+ (Gd)"}),
 ("threshold", S, "joint capacity at arthrography", "less than 10 mL", "the joint accepts a reduced volume of contrast, often less than 10 mL", {"attribute": "reduced capacity"}),
 ("appearance", S, "", "small or unfilled axillary and subscapularis recesses", "the axillary recess and subscapularis recess are small or not filled", {"attribute": "conventional arthrography"}),
 ("statement", S, "natural history", "spontaneous recovery over 1-3 years", "The natural history is one of spontaneous recovery over 1-3 years"),
 ("percentage", S, "persistent restriction or pain", "up to 40%", "up to 40% of patients are left with some persistent restriction or pain"),
 ("statement", S, "first-line treatment", "physiotherapy, oral analgesia and intra-articular corticosteroid injection", "physiotherapy, oral analgesia and intra-articular corticosteroid injection are first line"),
 ("statement", S, "hydrodilatation", "distension arthrography", "Image-guided hydrodilatation (distension arthrography)"),
 ("statement", S, "resistant cases", "manipulation under anaesthesia or arthroscopic capsular release", "Resistant cases may require manipulation under anaesthesia or arthroscopic capsular release"),
 ("differential", S, "glenohumeral osteoarthritis", "glenohumeral osteoarthritis", "glenohumeral osteoarthritis: joint space narrowing and osteophytes on radiographs"),
 ("differential", S, "calcific tendinitis", "calcific tendinitis", "calcific tendinitis: calcific deposits in the rotator cuff"),
 ("differential", S, "rotator cuff tear", "rotator cuff tear", "rotator cuff tear: loss of active, but largely preserved passive, movement"),
 ("differential", S, "locked posterior dislocation", "locked posterior dislocation", "locked posterior dislocation"),
 ("sign", "posterior shoulder dislocation", "lightbulb sign", "lightbulb", "the \"lightbulb\" sign on the AP radiograph"),
 ("differential", S, "septic arthritis", "septic arthritis", "septic arthritis: effusion, synovitis and systemic features"),
 ("differential", S, "Parsonage-Turner syndrome", "Parsonage-Turner syndrome", "Parsonage-Turner syndrome: denervation oedema of the shoulder girdle muscles"),
]
