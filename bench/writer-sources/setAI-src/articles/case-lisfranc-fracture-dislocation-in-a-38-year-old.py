SYSTEM = "Musculoskeletal"
FORMS = ["html"]
HTML_HEADINGS = (2, 3)
MD_HEADINGS = ("##", "###")
META = dict(slug="case-lisfranc-fracture-dislocation-in-a-38-year-old", title="Lisfranc fracture-dislocation", rid="184502",
            kind_label="Radiology Case", noun="case", path="cases", cite_kind="Case study",
            authors="Adeyemi O, Kovalenko I", reviser="Iryna Kovalenko", revised="4 Feb 2026",
            site_system="Musculoskeletal, Trauma", synonyms=[], front={})
REFS = [
 "Siddiqui NA, Galizia MS, Almusa E et al. Evaluation of the Tarsometatarsal Joint Using Conventional Radiography, CT, and MR Imaging. Radiographics. 2014;34(2):514-31.",
 "Myerson MS, Fisher RT, Burgess AR et al. Fracture Dislocations of the Tarsometatarsal Joints: End Results Correlated with Pathology and Treatment. Foot Ankle. 1986;6(5):225-42.",
 "Gupta RT, Wadhwa RP, Learch TJ et al. Lisfranc Injury: Imaging Findings for This Important but Often-Missed Diagnosis. Curr Probl Diagn Radiol. 2008;37(3):115-26.",
]
RELATED_TITLE = "Foot injuries"
RELATED = ["Lisfranc injury", "Lisfranc ligament", "Fleck sign", "Tarsometatarsal joint", "Jones fracture", "Chopart fracture-dislocation"]

BODY = r"""
## Presentation
Missed a step while carrying a heavy box down a staircase and landed on a plantar-flexed right foot. Severe midfoot pain and swelling, unable to bear weight. Bruising over the plantar aspect of the midfoot was noted in the emergency department.
## Patient Data
Age: 38 years
Gender: Male
## Findings
### Radiograph (AP, oblique and lateral right foot)
On the AP view the medial border of the second metatarsal base does not line up with the medial border of the intermediate cuneiform, and there is 4 mm of widening between the bases of the first and second metatarsals. A small bone fragment lies in the interval between the medial cuneiform and the second metatarsal base (fleck sign). On the oblique view the medial border of the fourth metatarsal is offset laterally from the medial border of the cuboid. The lateral view shows dorsal step-off of the second metatarsal base at the tarsometatarsal joint.
### CT
CT confirms lateral displacement of the second to fifth metatarsal bases with an avulsion fracture from the base of the second metatarsal at the attachment of the Lisfranc ligament. There are additional undisplaced fractures of the cuboid and of the base of the third metatarsal. The first tarsometatarsal joint is congruent.
## Diagnosis
Lisfranc fracture-dislocation (homolateral pattern, lateral displacement of the lesser metatarsals)
## Case Discussion
This case illustrates the classic radiographic signs of a Lisfranc injury, meaning any injury to the tarsometatarsal joint complex, ranging from a purely ligamentous sprain to a frank fracture-dislocation. The eponym refers to Jacques Lisfranc, a surgeon in Napoleon's army who described amputation through this joint.
Lisfranc injuries are uncommon, accounting for only about 0.2% of all fractures, but they matter because as many as 20% are missed on the initial radiographs. Men are affected two to four times as often as women, and most patients are in the third decade. High-energy mechanisms such as road traffic collisions cause the majority of fracture-dislocations, whereas low-energy twisting injuries and sports injuries, for example a fall onto a plantar-flexed foot as in this patient, typically cause subtler ligamentous injuries. Plantar ecchymosis of the midfoot is a useful clinical clue.
A normal variant, the os intermetatarseum, can mimic the fleck sign, but it is well corticated and lies more distally between the first and second metatarsal bases. A fracture of the cuboid (the so-called "nutcracker" fracture) should also prompt a careful search for an associated tarsometatarsal injury.
The stability of the joint depends on the recessed position of the second metatarsal base, which is locked like a keystone in a mortise between the medial and lateral cuneiforms, and on the Lisfranc ligament. This ligament runs obliquely from the lateral surface of the medial cuneiform to the base of the second metatarsal; there is no ligament between the bases of the first and second metatarsals, which is why the injury tends to open this interval.
On radiographs the key alignments to check are:
- AP view: the medial border of the second metatarsal should align with the medial border of the intermediate cuneiform
- oblique view: the medial border of the fourth metatarsal should align with the medial border of the cuboid
- lateral view: the dorsal cortex of the metatarsals should be continuous with that of the tarsal bones
A diastasis of more than 2 mm between the first and second metatarsal bases, compared with the other side, is considered abnormal. When initial non-weight-bearing films are normal but the injury is suspected clinically, weight-bearing views may unmask instability. CT is excellent for showing small fractures and comminution and is used for surgical planning, while MRI is the best modality for assessing the Lisfranc ligament itself in purely ligamentous injuries.
The Quenu and Kuss classification, later modified by Myerson, divides these injuries into three patterns:
- homolateral: all metatarsals displaced in the same direction
- isolated: one or two metatarsals displaced from the others
- divergent: the first metatarsal displaced medially and the lesser metatarsals laterally
Unstable injuries are treated with open reduction and internal fixation or primary arthrodesis, and an accurate anatomical reduction is the most important factor for a good outcome. Post-traumatic osteoarthritis of the midfoot is the most frequent long-term complication. This patient underwent open reduction and internal fixation with transarticular screws and a dorsal bridging plate.
"""

S = "Lisfranc injury"
GOLD = [
 ("association", S, "fall onto a plantar-flexed foot", "fall onto a plantar-flexed foot", "a fall onto a plantar-flexed foot as in this patient", {"group": "mechanism"}),
 ("appearance", S, "", "medial border of second metatarsal base not aligned with medial border of intermediate cuneiform", "On the AP view the medial border of the second metatarsal base does not line up with the medial border of the intermediate cuneiform", {"attribute": "AP radiograph"}),
 ("appearance", S, "", "widening between the bases of the first and second metatarsals", "there is 4 mm of widening between the bases of the first and second metatarsals", {"attribute": "AP radiograph"}),
 ("sign", S, "fleck sign", "fleck sign", "A small bone fragment lies in the interval between the medial cuneiform and the second metatarsal base (fleck sign)"),
 ("appearance", S, "", "medial border of the fourth metatarsal offset laterally from the medial border of the cuboid", "On the oblique view the medial border of the fourth metatarsal is offset laterally from the medial border of the cuboid", {"attribute": "oblique radiograph"}),
 ("appearance", S, "", "dorsal step-off of the second metatarsal base", "The lateral view shows dorsal step-off of the second metatarsal base at the tarsometatarsal joint", {"attribute": "lateral radiograph"}),
 ("appearance", S, "", "avulsion fracture from the base of the second metatarsal at the attachment of the Lisfranc ligament", "an avulsion fracture from the base of the second metatarsal at the attachment of the Lisfranc ligament", {"attribute": "CT"}),
 ("definition", S, "", "any injury to the tarsometatarsal joint complex, ranging from a purely ligamentous sprain to a frank fracture-dislocation", "meaning any injury to the tarsometatarsal joint complex, ranging from a purely ligamentous sprain to a frank fracture-dislocation"),
 ("statement", S, "eponym", "Jacques Lisfranc", "The eponym refers to Jacques Lisfranc, a surgeon in Napoleon's army"),
 ("percentage", S, "share of all fractures", "about 0.2%", "accounting for only about 0.2% of all fractures"),
 ("percentage", S, "missed on initial radiographs", "as many as 20%", "as many as 20% are missed on the initial radiographs"),
 ("sex_ratio", S, "", "M:F 2-4:1", "Men are affected two to four times as often as women"),
 ("age", S, "most patients", "third decade", "most patients are in the third decade"),
 ("association", S, "high-energy mechanisms", "road traffic collisions", "High-energy mechanisms such as road traffic collisions cause the majority of fracture-dislocations", {"group": "mechanism"}),
 ("association", S, "low-energy twisting and sports injuries", "low-energy twisting injuries and sports injuries", "low-energy twisting injuries and sports injuries", {"group": "mechanism"}),
 ("association", S, "plantar ecchymosis", "plantar ecchymosis of the midfoot", "Plantar ecchymosis of the midfoot is a useful clinical clue", {"group": "presentation"}),
 ("differential", "fleck sign", "os intermetatarseum", "os intermetatarseum", "A normal variant, the os intermetatarseum, can mimic the fleck sign"),
 ("sign", "cuboid fracture", "nutcracker fracture", "nutcracker", "A fracture of the cuboid (the so-called \"nutcracker\" fracture) should also prompt a careful search for an associated tarsometatarsal injury"),
 ("statement", S, "keystone", "second metatarsal base", "the recessed position of the second metatarsal base, which is locked like a keystone in a mortise between the medial and lateral cuneiforms"),
 ("statement", "Lisfranc ligament", "attachments", "lateral surface of the medial cuneiform to the base of the second metatarsal", "This ligament runs obliquely from the lateral surface of the medial cuneiform to the base of the second metatarsal"),
 ("statement", S, "first-second metatarsal bases", "no ligament", "there is no ligament between the bases of the first and second metatarsals"),
 ("statement", S, "AP view alignment", "medial border of the intermediate cuneiform", "AP view: the medial border of the second metatarsal should align with the medial border of the intermediate cuneiform"),
 ("statement", S, "oblique view alignment", "medial border of the cuboid", "oblique view: the medial border of the fourth metatarsal should align with the medial border of the cuboid"),
 ("statement", S, "lateral view alignment", "dorsal cortex", "lateral view: the dorsal cortex of the metatarsals should be continuous with that of the tarsal bones"),
 ("threshold", S, "diastasis between first and second metatarsal bases", "more than 2 mm", "A diastasis of more than 2 mm between the first and second metatarsal bases, compared with the other side, is considered abnormal", {"attribute": "abnormal"}),
 ("statement", S, "weight-bearing views", "unmask instability", "weight-bearing views may unmask instability"),
 ("statement", S, "CT role", "small fractures and comminution", "CT is excellent for showing small fractures and comminution and is used for surgical planning"),
 ("statement", S, "best modality for Lisfranc ligament", "MRI", "MRI is the best modality for assessing the Lisfranc ligament itself in purely ligamentous injuries"),
 ("classification", S, "homolateral", "homolateral", "homolateral: all metatarsals displaced in the same direction", {"group": "Quenu and Kuss classification (modified by Myerson)"}),
 ("classification", S, "isolated", "isolated", "isolated: one or two metatarsals displaced from the others", {"group": "Quenu and Kuss classification (modified by Myerson)"}),
 ("classification", S, "divergent", "divergent", "divergent: the first metatarsal displaced medially and the lesser metatarsals laterally", {"group": "Quenu and Kuss classification (modified by Myerson)"}),
 ("statement", S, "treatment of unstable injuries", "open reduction and internal fixation or primary arthrodesis", "Unstable injuries are treated with open reduction and internal fixation or primary arthrodesis"),
 ("rank", S, "anatomical reduction", "most important", "an accurate anatomical reduction is the most important factor for a good outcome", {"group": "factor for a good outcome"}),
 ("rank", S, "post-traumatic osteoarthritis of the midfoot", "most frequent", "Post-traumatic osteoarthritis of the midfoot is the most frequent long-term complication", {"group": "long-term complication"}),
 ("association", S, "post-traumatic osteoarthritis", "post-traumatic osteoarthritis of the midfoot", "Post-traumatic osteoarthritis of the midfoot is the most frequent long-term complication", {"group": "complication"}),
]
