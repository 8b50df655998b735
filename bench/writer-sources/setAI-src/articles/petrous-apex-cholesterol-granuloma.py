SYSTEM = "Head and neck"
FORMS = ["html"]
HTML_HEADINGS = (2, 3)
MD_HEADINGS = ("##", "###")
META = dict(slug="petrous-apex-cholesterol-granuloma", title="Petrous apex cholesterol granuloma", rid="60418",
            kind_label="Radiology Reference Article", noun="article", path="articles", cite_kind="Reference article",
            authors="Achterberg J, Nwosu I, Pereira-Lima T, et al", reviser="Ifeoma Nwosu", revised="27 Jan 2026",
            site_system="Head & Neck", synonyms=["Cholesterol cyst of the petrous apex", "Petrous apex cholesterol cyst"],
            front={})
REFS = [
 "Chapman PR, Shah R, Cure JK et al. Petrous Apex Lesions: Pictorial Review. AJR Am J Roentgenol. 2011;196(3 Suppl):WS26-37.",
 "Razek AA, Huang BY. Lesions of the Petrous Apex: Classification and Findings at CT and MR Imaging. Radiographics. 2012;32(1):151-73.",
 "Isaacson B, Kutz JW, Roland PS. Lesions of the Petrous Apex: Diagnosis and Management. Otolaryngol Clin North Am. 2007;40(3):479-519.",
]
RELATED_TITLE = "Petrous apex lesions"
RELATED = ["Petrous apex", "Petrous apicitis", "Congenital cholesteatoma of the petrous apex", "Petrous apex effusion", "Asymmetric petrous apex pneumatisation", "Petroclival chondrosarcoma"]

BODY = r"""
A **cholesterol granuloma of the petrous apex** is an expansile, cyst-like lesion filled with blood breakdown products and cholesterol crystals, surrounded by a fibrous pseudocapsule and a foreign-body giant cell reaction. It is the commonest primary lesion of the petrous apex, and its imaging appearance on MRI is usually diagnostic {1}.
## Epidemiology
These lesions are typically encountered in young and middle-aged adults, most often in the fourth decade, and there is no gender preference. They are considerably more frequent than congenital cholesteatomas of the petrous apex, outnumbering them by roughly 10 to 1 in surgical series. Bilateral lesions are rare. Most measure 2-4 cm at diagnosis, although giant examples extending into the middle and posterior cranial fossae are reported.
## Clinical presentation
Small lesions are frequently discovered incidentally. Larger ones present with symptoms referable to the adjacent structures: sensorineural hearing loss and tinnitus (the most common complaints), vertigo, headache and retro-orbital pain. Cranial nerve palsies may develop as the lesion expands, the abducens nerve in Dorello canal and the trigeminal nerve in Meckel cave being the most vulnerable, and hemifacial spasm has been described. Symptoms are often gradual in onset, reflecting slow growth, although acute haemorrhage into the granuloma can cause abrupt worsening.
## Pathology
A cholesterol granuloma can only form in a pneumatised petrous apex. The petrous apex is aerated in approximately 33% of people, and pneumatisation is asymmetric in 5-10%. The accepted explanation is that obstruction of an air cell tract produces negative pressure, mucosal oedema and repeated haemorrhage; breakdown of the red cells then releases cholesterol, which incites a chronic granulomatous reaction. An alternative "exposed marrow" hypothesis suggests that aggressive pneumatisation exposes bone marrow, which bleeds into the air cells.
At surgery the contents are thick, brown fluid, often likened to "motor oil" or "chocolate". Histologically, the lesion lacks an epithelial lining, which distinguishes it from cholesteatoma; instead the wall is composed of fibrous granulation tissue containing haemosiderin-laden macrophages and multinucleated giant cells surrounding cholesterol clefts.
## Radiographic features
### CT
CT shows a smoothly marginated, expansile lesion centred in the petrous apex, with thinned and remodelled, sometimes dehiscent, cortical margins. Trabeculae within the apex are lost. The contents are of soft tissue attenuation, isodense to brain, and no internal enhancement is seen after contrast. The smooth margins help to separate this lesion from aggressive destructive processes. High-resolution temporal bone CT is also essential for surgical planning, as it shows the relationship to the cochlea, the internal carotid artery and the jugular bulb.
### MRI
MRI is the key to the diagnosis. The classic pattern is a lesion that is bright on both T1 and T2:
- T1: hyperintense, due to methaemoglobin and cholesterol
- T1 fat saturated: remains hyperintense, which excludes fat or marrow
- T2: hyperintense, often with a hypointense rim of haemosiderin
- FLAIR: hyperintense
- DWI: no restricted diffusion
- T1 C+ (Gd): no central enhancement, although a thin rim may enhance
Layering fluid levels may occasionally be seen. Because the T1 hyperintensity persists on fat saturated images, a non-contrast T1 fat saturated sequence is particularly useful for problem-solving. Blood products of different ages may create heterogeneous signal in larger lesions.
## Treatment and prognosis
Asymptomatic lesions are managed conservatively with serial MRI, as most remain stable. Symptomatic lesions are drained rather than excised: a drainage pathway is created through an infralabyrinthine or infracochlear approach, or endoscopically through the sphenoid sinus, frequently with placement of a stent to keep the tract open. Recurrence after drainage occurs in roughly 10-15% of patients, usually because of closure of the drainage pathway. Complete excision is rarely attempted, as it risks injury to the cochlea, facial nerve and internal carotid artery and offers no clear advantage.
## Differential diagnosis
The differential for a petrous apex lesion is broad and MRI signal is the main discriminator {2,3}:
- asymmetric pneumatisation or marrow: T1 hyperintense marrow that suppresses on fat saturated sequences, no expansion
- petrous apex effusion (trapped fluid): non-expansile, T1 hypointense, trabeculae preserved
- congenital cholesteatoma: T1 hypointense, restricted diffusion
- mucocele: expansile but usually T1 hypointense
- petrous apicitis: enhancement, bone destruction and the clinical triad of Gradenigo syndrome
- chondrosarcoma: arises at the petro-occipital fissure, very high T2 signal, chondroid matrix and enhancement
- aneurysm of the petrous internal carotid artery: flow void or pulsation artefact, continuous with the carotid canal
"""

S = "petrous apex cholesterol granuloma"
GOLD = [
 ("definition", S, "", "an expansile, cyst-like lesion filled with blood breakdown products and cholesterol crystals, surrounded by a fibrous pseudocapsule and a foreign-body giant cell reaction", "is an expansile, cyst-like lesion filled with blood breakdown products and cholesterol crystals, surrounded by a fibrous pseudocapsule and a foreign-body giant cell reaction"),
 ("rank", S, S, "commonest", "It is the commonest primary lesion of the petrous apex", {"group": "primary lesion of the petrous apex"}),
 ("statement", S, "MRI", "usually diagnostic", "its imaging appearance on MRI is usually diagnostic"),
 ("age", S, "typical age", "fourth decade", "typically encountered in young and middle-aged adults, most often in the fourth decade"),
 ("sex_ratio", S, "", "no gender preference", "there is no gender preference"),
 ("statement", S, "relative frequency vs congenital cholesteatoma", "roughly 10 to 1", "outnumbering them by roughly 10 to 1 in surgical series"),
 ("statement", S, "small lesions", "incidentally", "Small lesions are frequently discovered incidentally"),
 ("association", S, "sensorineural hearing loss", "sensorineural hearing loss", "sensorineural hearing loss and tinnitus (the most common complaints)", {"group": "presentation"}),
 ("association", S, "tinnitus", "tinnitus", "sensorineural hearing loss and tinnitus (the most common complaints)", {"group": "presentation"}),
 ("rank", S, "sensorineural hearing loss and tinnitus", "most common", "sensorineural hearing loss and tinnitus (the most common complaints)", {"group": "presenting complaint"}),
 ("association", S, "vertigo", "vertigo", "vertigo, headache and retro-orbital pain", {"group": "presentation"}),
 ("association", S, "headache", "headache", "vertigo, headache and retro-orbital pain", {"group": "presentation"}),
 ("association", S, "retro-orbital pain", "retro-orbital pain", "vertigo, headache and retro-orbital pain", {"group": "presentation"}),
 ("association", S, "abducens nerve palsy", "abducens nerve in Dorello canal", "the abducens nerve in Dorello canal and the trigeminal nerve in Meckel cave being the most vulnerable", {"group": "presentation"}),
 ("association", S, "trigeminal nerve palsy", "trigeminal nerve in Meckel cave", "the trigeminal nerve in Meckel cave being the most vulnerable", {"group": "presentation"}),
 ("association", S, "hemifacial spasm", "hemifacial spasm", "hemifacial spasm has been described", {"group": "presentation"}),
 ("statement", S, "prerequisite", "pneumatised petrous apex", "A cholesterol granuloma can only form in a pneumatised petrous apex"),
 ("percentage", "petrous apex", "aerated", "approximately 33%", "The petrous apex is aerated in approximately 33% of people"),
 ("percentage", "petrous apex", "asymmetric pneumatisation", "5-10%", "pneumatisation is asymmetric in 5-10%"),
 ("statement", S, "pathogenesis", "obstruction of an air cell tract", "obstruction of an air cell tract produces negative pressure, mucosal oedema and repeated haemorrhage"),
 ("statement", S, "alternative hypothesis", "exposed marrow", "An alternative \"exposed marrow\" hypothesis suggests that aggressive pneumatisation exposes bone marrow"),
 ("sign", S, "motor oil", "motor oil", "often likened to \"motor oil\" or \"chocolate\""),
 ("statement", S, "gross contents", "thick, brown fluid", "At surgery the contents are thick, brown fluid"),
 ("appearance", S, "", "smoothly marginated, expansile lesion with thinned and remodelled cortical margins", "CT shows a smoothly marginated, expansile lesion centred in the petrous apex, with thinned and remodelled, sometimes dehiscent, cortical margins", {"attribute": "CT"}),
 ("appearance", S, "", "soft tissue attenuation, isodense to brain", "The contents are of soft tissue attenuation, isodense to brain", {"attribute": "non-contrast CT"}),
 ("appearance", S, "", "no internal enhancement", "no internal enhancement is seen after contrast", {"attribute": "CECT"}),
 ("statement", S, "trabeculae", "lost", "Trabeculae within the apex are lost"),
 ("statement", S, "classic MRI pattern", "bright on both T1 and T2", "The classic pattern is a lesion that is bright on both T1 and T2"),
 ("appearance", S, "", "hyperintense", "T1: hyperintense, due to methaemoglobin and cholesterol", {"attribute": "T1"}),
 ("appearance", S, "", "remains hyperintense", "T1 fat saturated: remains hyperintense, which excludes fat or marrow", {"attribute": "T1 fat saturated"}),
 ("appearance", S, "", "hyperintense with hypointense haemosiderin rim", "T2: hyperintense, often with a hypointense rim of haemosiderin", {"attribute": "T2"}),
 ("appearance", S, "", "hyperintense", "FLAIR: hyperintense", {"attribute": "FLAIR"}),
 ("appearance", S, "", "no restricted diffusion", "DWI: no restricted diffusion", {"attribute": "DWI"}),
 ("appearance", S, "", "no central enhancement, thin rim may enhance", "T1 C+ (Gd): no central enhancement, although a thin rim may enhance", {"attribute": "T1 C+ (Gd)"}),
 ("statement", S, "asymptomatic lesions", "serial MRI", "Asymptomatic lesions are managed conservatively with serial MRI"),
 ("statement", S, "symptomatic lesions", "drained rather than excised", "Symptomatic lesions are drained rather than excised"),
 ("statement", S, "surgical approaches", "infralabyrinthine or infracochlear approach, or endoscopically through the sphenoid sinus", "through an infralabyrinthine or infracochlear approach, or endoscopically through the sphenoid sinus"),
 ("percentage", S, "recurrence after drainage", "roughly 10-15%", "Recurrence after drainage occurs in roughly 10-15% of patients"),
 ("statement", S, "bilateral lesions", "rare", "Bilateral lesions are rare"),
 ("threshold", S, "size at diagnosis", "2-4 cm", "Most measure 2-4 cm at diagnosis", {"attribute": "typical size"}),
 ("statement", S, "histology", "lacks an epithelial lining", "the lesion lacks an epithelial lining, which distinguishes it from cholesteatoma"),
 ("statement", S, "wall histology", "haemosiderin-laden macrophages and multinucleated giant cells surrounding cholesterol clefts", "fibrous granulation tissue containing haemosiderin-laden macrophages and multinucleated giant cells surrounding cholesterol clefts"),
 ("statement", S, "problem-solving sequence", "non-contrast T1 fat saturated sequence", "a non-contrast T1 fat saturated sequence is particularly useful for problem-solving"),
 ("statement", S, "complete excision", "rarely attempted", "Complete excision is rarely attempted"),
 ("differential", S, "asymmetric pneumatisation or marrow", "asymmetric pneumatisation or marrow", "asymmetric pneumatisation or marrow: T1 hyperintense marrow that suppresses on fat saturated sequences, no expansion"),
 ("differential", S, "petrous apex effusion", "petrous apex effusion (trapped fluid)", "petrous apex effusion (trapped fluid): non-expansile, T1 hypointense, trabeculae preserved"),
 ("differential", S, "congenital cholesteatoma", "congenital cholesteatoma", "congenital cholesteatoma: T1 hypointense, restricted diffusion"),
 ("differential", S, "mucocele", "mucocele", "mucocele: expansile but usually T1 hypointense"),
 ("differential", S, "petrous apicitis", "petrous apicitis", "petrous apicitis: enhancement, bone destruction and the clinical triad of Gradenigo syndrome"),
 ("association", "petrous apicitis", "Gradenigo syndrome", "Gradenigo syndrome", "the clinical triad of Gradenigo syndrome", {"group": "associated syndrome"}),
 ("differential", S, "chondrosarcoma", "chondrosarcoma", "chondrosarcoma: arises at the petro-occipital fissure, very high T2 signal, chondroid matrix and enhancement"),
 ("differential", S, "aneurysm of the petrous internal carotid artery", "aneurysm of the petrous internal carotid artery", "aneurysm of the petrous internal carotid artery: flow void or pulsation artefact, continuous with the carotid canal"),
]
