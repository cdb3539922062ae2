package com.theogen.exchange;

import java.util.Map;

/**
 * A small REFI-QDA project written for the tests, the way another tool would write it: CRLF line ends, a double
 * space and a zero-width space that TheoGen's normalisation removes, accents, an emoji with a skin-tone modifier
 * (two code points, four UTF-16 units), a selection that runs across two speaker turns, two coders (one span coded
 * by both), a code hierarchy with colours, notes linked to a code and to a source, and a case with variables.
 * Positions are Unicode code points, as REFI-QDA 1.5 §10.2 counts them.
 */
final class CareStudyFile {

    static final String LUCIA = "9A8B7C6D-0000-4000-8000-000000000001";
    static final String KWAME = "9A8B7C6D-0000-4000-8000-000000000002";
    static final String RUTINAS = "C0DE0000-0000-4000-8000-000000000001";
    static final String DESAYUNO = "C0DE0000-0000-4000-8000-000000000002";
    static final String CUIDADO = "C0DE0000-0000-4000-8000-000000000003";

    static final String MARTA = "Entrevistadora: ¿Cómo es un día normal?\r\n\r\n"
            + "Marta: Me levanto a las cinco 😴 y preparo el café\u200B ☕ con leche para todos.  Después llevo a los niños.\r\n\r\n"
            + "Marta: El cuidado de mi madre 👵🏽 es lo más duro; nadie lo ve.\r\n";
    static final String TOMAS = "Trabajo de noche en el hospital. No veo a mis hijos.";

    private CareStudyFile() {}

    /** Code point position of the first occurrence of {@code needle} in {@code text}. */
    static int at(String text, String needle) {
        int index = text.indexOf(needle);
        if (index < 0) {
            throw new IllegalArgumentException(needle);
        }
        return text.codePointCount(0, index);
    }

    static int end(String text, String needle) {
        int index = text.indexOf(needle) + needle.length();
        return text.codePointCount(0, index);
    }

    static byte[] qdpx() {
        return ExchangeClient.qdpx(qde(), Map.of("5A5A5A5A-0000-4000-8000-000000000001.txt", MARTA));
    }

    static String qde() {
        String cafe = "café\u200B ☕ con leche";
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="Cuidados en casa" origin="TestTool 1.0" creatingUserGUID="%1$s">
                  <Users>
                    <User guid="%1$s" name="Lucía Gómez"/>
                    <User guid="%2$s" name="Kwame Mensah"/>
                  </Users>
                  <CodeBook><Codes>
                    <Code guid="%3$s" name="Rutinas" isCodable="true" color="#3a7">
                      <Description>Lo cotidiano</Description>
                      <Code guid="%4$s" name="Desayuno" isCodable="true" color="#e06c75">
                        <NoteRef targetGUID="0E0E0000-0000-4000-8000-000000000001"/>
                      </Code>
                    </Code>
                    <Code guid="%5$s" name="Cuidado" isCodable="true" color="#123456">
                      <Description>Cuidar de otros</Description>
                    </Code>
                  </Codes></CodeBook>
                  <Variables>
                    <Variable guid="7A7A0000-0000-4000-8000-000000000001" name="Edad" typeOfVariable="Integer"/>
                    <Variable guid="7A7A0000-0000-4000-8000-000000000002" name="Ciudad" typeOfVariable="Text"/>
                  </Variables>
                  <Cases>
                    <Case guid="CA5E0000-0000-4000-8000-000000000001" name="Marta">
                      <VariableValue><VariableRef targetGUID="7A7A0000-0000-4000-8000-000000000001"/><IntegerValue>47</IntegerValue></VariableValue>
                      <VariableValue><VariableRef targetGUID="7A7A0000-0000-4000-8000-000000000002"/><TextValue>Valparaíso</TextValue></VariableValue>
                      <SourceRef targetGUID="50C00000-0000-4000-8000-000000000001"/>
                    </Case>
                  </Cases>
                  <Sources>
                    <TextSource guid="50C00000-0000-4000-8000-000000000001" name="Marta" plainTextPath="internal://5A5A5A5A-0000-4000-8000-000000000001.txt">
                      <PlainTextSelection guid="5E100000-0000-4000-8000-000000000001" name="café" startPosition="%6$d" endPosition="%7$d" creatingUser="%1$s">
                        <Coding guid="C0D10000-0000-4000-8000-000000000001" creatingUser="%1$s"><CodeRef targetGUID="%4$s"/></Coding>
                      </PlainTextSelection>
                      <PlainTextSelection guid="5E100000-0000-4000-8000-000000000002" name="across" startPosition="%8$d" endPosition="%9$d" creatingUser="%2$s">
                        <Coding guid="C0D10000-0000-4000-8000-000000000002"><CodeRef targetGUID="%5$s"/></Coding>
                      </PlainTextSelection>
                      <PlainTextSelection guid="5E100000-0000-4000-8000-000000000003" name="madre" startPosition="%10$d" endPosition="%11$d">
                        <Coding guid="C0D10000-0000-4000-8000-000000000003" creatingUser="%2$s"><CodeRef targetGUID="%5$s"/></Coding>
                        <Coding guid="C0D10000-0000-4000-8000-000000000004" creatingUser="%1$s"><CodeRef targetGUID="%5$s"/></Coding>
                      </PlainTextSelection>
                      <NoteRef targetGUID="0E0E0000-0000-4000-8000-000000000002"/>
                    </TextSource>
                    <TextSource guid="50C00000-0000-4000-8000-000000000002" name="Tomás">
                      <PlainTextContent>%12$s</PlainTextContent>
                      <PlainTextSelection guid="5E100000-0000-4000-8000-000000000004" startPosition="0" endPosition="16" creatingUser="%1$s">
                        <Coding guid="C0D10000-0000-4000-8000-000000000005"><CodeRef targetGUID="%3$s"/></Coding>
                      </PlainTextSelection>
                    </TextSource>
                  </Sources>
                  <Notes>
                    <Note guid="0E0E0000-0000-4000-8000-000000000001" name="Memo sobre el café" creatingUser="%1$s">
                      <PlainTextContent>El café marca el inicio del día ☕.</PlainTextContent>
                    </Note>
                    <Note guid="0E0E0000-0000-4000-8000-000000000002" name="Sobre Marta" creatingUser="%2$s">
                      <PlainTextContent>Cuida sola a su madre.</PlainTextContent>
                    </Note>
                  </Notes>
                </Project>
                """
                .formatted(
                        LUCIA,
                        KWAME,
                        RUTINAS,
                        DESAYUNO,
                        CUIDADO,
                        at(MARTA, cafe),
                        end(MARTA, cafe),
                        at(MARTA, "Después llevo"),
                        end(MARTA, "El cuidado de mi madre"),
                        at(MARTA, "mi madre 👵🏽"),
                        end(MARTA, "mi madre 👵🏽"),
                        TOMAS);
    }
}
