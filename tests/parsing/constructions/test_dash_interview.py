"""Interviews set as dialogue (constructions/dash_interview.py): each question and each answer a
paragraph opened by a dash, with no labels; the answers are the interviewee's words. Every text here
is written for this test."""

from __future__ import annotations

from tests.parsing.helpers import quotes

FR_INTERVIEW = "\n\n".join(
    [
        "Lucie Garnier, boulangère : « On ne lâchera rien »",
        (
            "Installée depuis vingt ans rue des Halles à Vannes, la boulangère de 52 ans a vu sa "
            "facture d'électricité tripler. Elle a accepté de nous répondre."
        ),
        "— Comment tenez-vous le coup ?",
        (
            "— Difficilement. On a supprimé la fournée de l'après-midi et je ne me verse plus de "
            "salaire depuis mars."
        ),
        "— Avez-vous demandé de l'aide ?",
        (
            "— Oui, à la mairie et à la chambre des métiers. On m'a répondu : « Il faut patienter. "
            "» Mais patienter avec quoi ?"
        ),
        "Son comptable, Henri Lebon, confirme que « la situation est critique ».",
        "— Et si rien ne change ?",
        "— Je fermerai au printemps. Après vingt ans, ça fait mal.",
    ]
)

ES_INTERVIEW = "\n\n".join(
    [
        "Rosa Quintana: “El pueblo no se rinde”",
        (
            "La presidenta de la asociación de vecinos de Barbastro, de 61 años, encabeza las "
            "protestas contra el cierre de la estación. Hablamos con ella frente al andén."
        ),
        "—¿Cuándo supieron que cerraban la estación?",
        "—Por la prensa, como todo el mundo. Nadie del Ministerio se ha dignado a llamarnos.",
        "—¿Qué van a hacer ahora?",
        "—Seguir. Ya hemos recogido 4.000 firmas y el lunes vamos a Madrid.",
    ]
)


def test_french_dash_answers_are_the_interviewees() -> None:
    found = quotes(FR_INTERVIEW, "fr")
    starts = ("Difficilement", "Oui, à la mairie", "Je fermerai")
    answers = [(c, s) for _, c, s in found if c.startswith(starts)]
    assert len(answers) == 3, found
    assert all(s == "Lucie Garnier" for _, s in answers), answers
    # the quotation inside an answer is not a quote of its own; the questions are not the interviewee's
    assert not any(c.startswith("Il faut patienter") for _, c, _ in found), found
    assert not any(c.startswith("Comment tenez-vous") and s == "Lucie Garnier" for _, c, s in found), found
    # the reported sentence between two exchanges keeps its own speaker
    assert any(s == "Henri Lebon" for _, _, s in found), found


def test_spanish_dash_answers_are_the_interviewees() -> None:
    found = quotes(ES_INTERVIEW, "es")
    answers = [(c, s) for _, c, s in found if c.startswith(("Por la prensa", "Seguir."))]
    assert [s for _, s in answers] == ["Rosa Quintana", "Rosa Quintana"], found


def test_one_dash_exchange_is_no_interview() -> None:
    text = (
        "El alcalde recibió a los vecinos en el salón de plenos.\n\n"
        "—¿Habrá autobús en verano?\n\n"
        "—Lo estamos estudiando.\n\n"
        "La reunión duró dos horas."
    )
    assert not any(c.startswith("Lo estamos estudiando") for _, c, _ in quotes(text, "es"))


def test_a_dash_incise_keeps_its_own_speaker() -> None:
    text = (
        "La consejera de Sanidad, Marta Urrutia, visitó el centro de salud el martes.\n\n"
        "—¿Cuándo vuelve el pediatra?\n\n"
        "—En enero —respondió la consejera—. No antes.\n\n"
        "—¿Y las urgencias?\n\n"
        "—Abrirán por la noche desde febrero.\n\n"
        "—¿Con cuántos médicos?\n\n"
        "—Con dos, como mínimo."
    )
    found = quotes(text, "es")
    assert sum(1 for _, c, _ in found if c.startswith("En enero")) == 1, found
    assert any(c.startswith("Abrirán por la noche") and s == "Marta Urrutia" for _, c, s in found), found
