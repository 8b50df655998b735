"""A closed vocabulary of clinical and imaging terms that make a sentence testable.

Each entry is a regular expression for one term and its spellings (British and American,
singular and plural). The terms are those a resident is asked about whatever the organ:
presentations, complications, findings, treatments. Words too common to be an answer
("lesion", "mass", "patient") are not here: a blank must have one answer.
"""

from __future__ import annotations

import re

__all__ = ["KEY_TERMS", "LINKING_ADVERBS", "MODALITIES", "ROLE_OF_MODALITY", "WEAK_TERMS"]

# Adverbs that link a clause to the one before ("…, and conversely X is …", "A, B and C,
# however, …"): no word of a name a fact's field holds. A regex alternation; each reader adds
# the few words of its own place ("instead" after a name, "conversely" before one).
LINKING_ADVERBS = r"however|therefore|moreover|furthermore|thus|hence"

_TERMS: tuple[str, ...] = (
    # first: "abscess drainage" is the treatment, not the abscess it drains
    r"(?:cyst|abscess|percutaneous|catheter|surgical|biliary|image-guided) drainage",
    # presentation
    r"asymptomatic",
    r"(?:found|detected|discovered) incidentally",
    r"incidental (?:finding|findings)",
    r"(?:bone|back|abdominal|chest|flank|neck|radicular|neuropathic) pain",
    r"painless (?:jaundice|haematuria|hematuria|mass|swelling)",
    r"headaches?",
    r"seizures?",
    r"(?:obstructive )?jaundice",
    r"ha?ematuria",
    r"ha?emoptysis",
    r"dyspno?ea",
    r"weight loss",
    r"fever",
    r"neurological deficits?",
    r"paraplegia|quadriplegia|tetraplegia",
    r"hypercalca?emia",
    r"palpable mass",
    # complications and behaviour
    r"pathological (?:compression )?fractures?",
    r"compression fractures?",
    r"(?:spinal )?cord compression",
    r"cauda equina syndrome",
    r"(?:epidural|extradural|intradural|extraosseous|soft[- ]tissue|extracapsular|"
    r"extrathyroidal|intracranial|perineural) (?:extension|spread|invasion)",
    r"vascular invasion",
    r"malignant transformation",
    r"(?:local )?recurrence",
    r"(?:distant |haematogenous |hematogenous |lymphatic )?metastatic spread",
    r"ha?emorrhage",
    r"rupture",
    r"torsion",
    r"obstruction",
    r"perforation",
    r"intussusception",
    r"infarction",
    r"isch(?:a)?emia",
    r"thrombosis",
    r"embolism",
    r"hydrocephalus",
    r"herniation",
    r"mass effect",
    r"(?:vasogenic |cytotoxic )?o?edema",
    r"necrosis",
    r"calcifications?",
    r"cystic (?:change|components?|degeneration)",
    # a "fat plane" is no fat, and "fat pad", "fat cells", "fat stranding" are names the
    # word alone would cut in two ("a [fat] pad"): the blank takes the whole name
    r"(?:macroscopic |intralesional )?fat(?![- ]planes?)(?:[- ](?:pads?|cells?|necrosis|"
    r"stranding|suppression|saturation|embol(?:ism|i|us)|globules?|droplets?|lobules?)\b)?",
    r"fluid[- ]fluid levels?",
    r"restricted diffusion",
    r"(?:ring|rim|peripheral|nodular|heterogeneous|homogeneous|avid|delayed|arterial) "
    r"enhancement",
    r"washout",
    r"periosteal reaction",
    r"cortical (?:destruction|breach|thinning)",
    r"(?:bone )?marrow (?:replacement|infiltration|oedema|edema)",
    r"sclerotic (?:margins?|rim)",
    r"lymphadenopathy",
    r"ascites",
    r"pleural effusions?",
    r"pneumothorax",
    r"atelectasis",
    r"consolidation",
    r"cavitation",
    r"ground[- ]glass (?:opacity|opacities|opacification)",
    r"stenosis",
    r"aneurysms?",
    r"fistula",
    r"abscess(?:es)?",
    r"osteolysis",
    r"osteosclerosis",
    # management and prognosis
    r"biopsy",
    r"(?:surgical )?resection",
    r"radiotherapy|radiation therapy",
    r"chemotherapy",
    # treatments named by their head alone only with what they act on or how
    # (statement_terms.widen_treatment reads those words back)
    r"(?:craniospinal|whole-brain|stereotactic|external beam|proton beam) irradiation",
    r"immunotherapy",
    # treatments named by their class, whatever the organ ("Corticosteroids are used for
    # severe IRIS", "Stereotactic radiosurgery may be used for residual tumours")
    r"(?:stereotactic )?radiosurgery",
    r"(?:systemic |intravenous |oral |high-dose )?(?:cortico)?steroids",
    r"(?:intravenous |broad-spectrum |prophylactic )?antibiotics|antibiotic prophylaxis",
    r"anticoagulation",
    r"embolisation|embolization",
    r"surgical (?:consultation|decompression|emergency)",
    r"(?:good|poor|excellent|favourable|favorable|unfavourable|unfavorable) prognosis",
    r"spontaneous (?:regression|resolution)",
    # procedures named by their ending, with up to two modifiers ("radical inguinal
    # orchidectomy", "laparoscopic ovarian cystectomy", "simple cholecystectomy")
    r"(?:(?:simple|open|total|subtotal|partial|radical|extended|complete|completion|"
    r"laparoscopic|robotic|percutaneous|endoscopic|surgical|inguinal|superficial|ovarian|"
    r"hepatic|renal|adrenal|pelvic|neck|lymph node)\s){0,2}"
    r"[a-z]{3,}(?:ectomy|ectomies|otomy|otomies|ostomy|ostomies|plasty|pexy)",
    r"(?:(?:surgical|open|complete|local|wide local|simple)\s)?(?:excision|enucleation)",
    r"curettage",
    # procedures named by other endings: a puncture, a fusion, a suture ("pericardiocentesis",
    # "pleurodesis", "arthrodesis", "herniorrhaphy")
    r"[a-z]{3,}(?:centesis|desis|rrhaphy)",
    # treatments named by their general noun, whatever the organ
    r"(?:(?:liver|renal|kidney|lung|heart|bone marrow|stem cell|haematopoietic stem cell)\s)?"
    r"transplantation",
    r"(?:haemo|hemo|peritoneal )?dialysis",
    r"phototherapy|exchange transfusion|plasmapheresis|plasma exchange|physiotherapy",
    r"(?:intravenous )?immunoglobulin|thrombolysis|radioiodine|radioactive iodine",
    r"(?:percutaneous|surgical|catheter|image-guided|CT-guided|ultrasound-guided|endoscopic|"
    r"urgent|biliary) drainage",
    r"(?:open reduction and )?(?:internal|external|intramedullary) fixation",
    r"(?:serial )?casting|immobili[sz]ation|splinting",
    r"(?:pneumatic|balloon|endoscopic) dilatation|stenting|stent placement",
    r"(?:enzyme replacement|hormone replacement|antifungal|antiviral|antituberculous|"
    r"antiretroviral|anti-TNF|biologic) therapy",
    # drugs and drug classes a radiology page names whatever the organ
    r"aspirin|(?:low-molecular-weight )?heparin|warfarin|methotrexate|tamoxifen|"
    r"bisphosphonates?|octreotide|somatostatin analogues?|levothyroxine|"
    r"growth hormone|NSAIDs|non-steroidal anti-inflammatory drugs|statins|"
    r"antiplatelet (?:agents|drugs|therapy)|anticoagulants|diuretics|beta-blockers|"
    r"proton pump inhibitors|antihypertensives?|vasopressin|(?:oral )?contraceptives",
    # ("Genetic counselling is an important part of care": counselling is no test)
    r"karyotyping|genetic testing",
    r"(?:radiofrequency|microwave|cryo|percutaneous|thermal|ethanol|laser)[- ]?ablation",
    r"(?:adrenal |renal |petrosal |hepatic )?venous sampling",
    r"stent[- ]grafts?|(?:endovascular|open) repair",
    # serum and tissue markers a resident is asked about whatever the organ
    r"alpha[- ]fetoprotein|AFP|(?:beta[- ]|β-)?hCG|LDH|CA[- ]?125|CA 19-9|CEA|PSA|"
    r"thyroglobulin|calcitonin|chromogranin(?: A)?|(?:plasma |urinary )?metanephrines|"
    r"catecholamines|erythropoietin|inhibin(?:-alpha)?|ACTH|cortisol|aldosterone|renin",
)

# Imaging modalities: a key term only where the sentence says what the modality is for
# (``ROLE_OF_MODALITY``); elsewhere ("hyperintense on MRI") blanking it asks for nothing.
_MODALITIES: tuple[str, ...] = (
    r"(?:contrast-enhanced |transvaginal |transabdominal |endoscopic |Doppler )?ultrasound",
    r"(?:transthoracic |transo?esophageal )?echocardiography",
    r"(?:non-contrast |unenhanced |contrast-enhanced |multiphase |low-dose )?CT"
    r"(?: angiography| urography| colonography| enterography)?",
    r"(?:cardiac |breast |contrast-enhanced |diffusion-weighted |whole-body |fetal )?MRI"
    r"(?: without gadolinium| with gadolinium)?|MR (?:angiography|cholangiopancreatography)|"
    r"MRCP|MRA|CTA",
    r"(?:FDG )?PET(?:[-/]CT|[-/]MRI)?",
    r"(?:plain )?radiographs?|radiography|mammography|fluoroscopy|scintigraphy|"
    r"(?:catheter |digital subtraction )?angiography|bone scan|tomosynthesis",
)
MODALITIES = re.compile(r"(?<![\w-])(?:" + "|".join(_MODALITIES) + r")(?![\w-])", re.I)
ROLE_OF_MODALITY = re.compile(
    r"\b(?:first-line|second-line|first line|of choice|gold standard|reference standard|"
    r"standard (?:examination|investigation|test|modality|imaging)|preferred|"
    r"(?:is|are) (?:mainly |usually |often )?used|(?:is|are) recommended|(?:is|are) reserved|"
    r"most (?:sensitive|specific|accurate)|more (?:sensitive|specific|accurate(?:ly)?|useful)|"
    r"better than|modality|examination|investigation)\b",
    re.I,
)

# One pattern for all: alternation is scanned once per sentence.
# "The [calcification volume] correlates poorly …": a measure noun after the term is part of
# what the sentence says ("The [calcification] volume" would blank a modifier)
_MEASURE_AFTER = r"(?:\s(?:volume|burden|load|score|index|extent))?"
KEY_TERMS = re.compile(
    r"(?<![\w-])(?:" + "|".join(_TERMS) + r")" + _MEASURE_AFTER + r"(?![\w-])", re.I
)

# Terms true of most lesions of any organ ("asymptomatic", "found incidentally"): blanked in
# "Most are asymptomatic" they ask for nothing one could not guess. Such a sentence is a
# statement only when it names its own subject (see ``statements``).
WEAK_TERMS = re.compile(
    r"^(?:asymptomatic|(?:found|detected|discovered) incidentally|incidental findings?)$", re.I
)
